/**
 * KQL notebooks: the nbformat model, the cell executor shared with the Jupyter kernel, the parallel
 * runner, HTML reports and the guided hunts.
 */
package io.huntbook.notebook;
