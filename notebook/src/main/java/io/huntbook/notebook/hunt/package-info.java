/**
 * Guided hunts: the notebook sources they are compiled from, and the hunt service that runs a
 * guided notebook, writes the executed notebook and its report, and summarises the findings.
 */
package io.huntbook.notebook.hunt;
