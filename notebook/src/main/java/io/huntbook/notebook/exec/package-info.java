/**
 * Running KQL cells: {@link io.huntbook.notebook.exec.CellExecutor} turns one cell's source and the
 * session state into nbformat outputs and cell metadata (the single entry point shared by the
 * Jupyter kernel and the runner), and {@link io.huntbook.notebook.exec.NotebookRunner} checks a
 * whole notebook before it spends any API call, then runs its cells in parallel.
 */
package io.huntbook.notebook.exec;
