/**
 * The binder: semantic analysis of a parsed KQL script. {@link io.huntbook.kql.binder.Binder#bind}
 * resolves every name (columns, let variables, tables, functions), threads the row schema left to
 * right through each pipe stage with Kusto's own output naming and typing, and returns a {@link
 * io.huntbook.kql.binder.BoundScript}: identity-keyed side tables over the unchanged syntax tree
 * plus the binding diagnostics. The error type {@code unknown} absorbs follow-on checks, so one
 * mistake gives one diagnostic.
 */
package io.huntbook.kql.binder;
