/** The Backend interface every engine implements, and the embedded DuckDB engine. */
package io.huntbook.engine;
