/** The one mapping from KQL column types to DuckDB storage, shared by every writer of tables. */
package io.huntbook.engine.storage;
