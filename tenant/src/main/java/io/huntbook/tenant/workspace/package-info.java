/**
 * Persistent workspaces: a directory holding one DuckDB file with the Advanced Hunting tables and
 * the {@code _huntbook_meta} table, filled by import and queried later.
 */
package io.huntbook.tenant.workspace;
