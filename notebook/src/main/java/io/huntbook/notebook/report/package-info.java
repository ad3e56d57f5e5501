/**
 * Reports of executed notebooks: one self-contained HTML page (no script, no external resource)
 * with a findings summary, the markdown, each query and each result; and exports of a result as CSV
 * or JSON.
 */
package io.huntbook.notebook.report;
