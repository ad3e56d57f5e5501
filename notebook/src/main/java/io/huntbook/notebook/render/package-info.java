/**
 * Renderings of a result table: an aligned text table for terminals (shared with the CLI), an
 * escaped HTML table, and the Frictionless data resource Jupyter front ends understand.
 */
package io.huntbook.notebook.render;
