/**
 * Writing rows into schema tables through the DuckDB appender, with the storage mapping of {@link
 * io.huntbook.engine.storage.StorageTypes}: absent strings become '' and other absent values NULL.
 */
package io.huntbook.tenant.table;
