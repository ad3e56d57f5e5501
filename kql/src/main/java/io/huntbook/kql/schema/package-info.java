/** Table schemas and the catalog of tables a query can name, including the Defender schema. */
package io.huntbook.kql.schema;
