/**
 * Import of Defender exports into a workspace: streaming-API JSON lines (also in the Event Hubs
 * {@code records} envelope), saved Advanced Hunting API responses and portal CSV, each possibly
 * gzip-compressed. Files are read as streams and appended through DuckDB appenders, so memory stays
 * bounded whatever their size; values are typed by the Defender schema, unknown columns are kept,
 * and every record that cannot be imported is reported with its file and line.
 */
package io.huntbook.tenant.importer;
