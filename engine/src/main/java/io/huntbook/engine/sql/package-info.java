/**
 * The lowering of bound KQL to one DuckDB SQL statement, with KQL's semantics: CTEs for lets and
 * pipe stages, the runtime macros, the function and aggregate translation tables, and the one
 * {@link io.huntbook.engine.sql.SqlDialect} that quotes every name and escapes every literal.
 */
package io.huntbook.engine.sql;
