package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import java.util.List;
import java.util.Objects;

/**
 * A tabular intermediate result during lowering: the name of the CTE that holds it and its KQL
 * columns in order.
 */
record Relation(String name, List<ColumnSchema> columns) {
  Relation {
    Objects.requireNonNull(name);
    columns = List.copyOf(columns);
  }

  boolean has(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }
}
