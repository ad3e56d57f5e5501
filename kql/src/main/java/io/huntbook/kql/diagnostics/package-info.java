/**
 * Diagnostics as values: every code lives in one catalogue, and a renderer shows a diagnostic as
 * {@code line L:C: KQL0123 message} with the source line and a caret.
 */
package io.huntbook.kql.diagnostics;
