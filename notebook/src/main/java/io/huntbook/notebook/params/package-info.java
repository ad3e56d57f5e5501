/**
 * Notebook parameters the papermill way: a cell tagged {@code parameters} holds {@code let}
 * statements, command-line values become typed, escaped {@code let} literals in a cell tagged
 * {@code injected-parameters}, and every query sees the resulting statements.
 */
package io.huntbook.notebook.params;
