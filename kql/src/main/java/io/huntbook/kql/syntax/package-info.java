/**
 * The KQL syntax tree: sealed interfaces of records, one record per construct, each with its {@link
 * io.huntbook.kql.syntax.Span}. Trees are data; the parser builds them, the binder reads them, and
 * nothing mutates them.
 */
package io.huntbook.kql.syntax;
