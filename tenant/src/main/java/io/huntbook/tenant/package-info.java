/**
 * The demo tenant and the import of Defender exports: everything that fills the Advanced Hunting
 * tables of a local DuckDB database, typed by the schema in {@link io.huntbook.kql.schema.Catalog}.
 */
package io.huntbook.tenant;
