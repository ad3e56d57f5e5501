package io.huntbook.kql.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table's name and its columns in order. */
public record TableSchema(String name, List<ColumnSchema> columns) {
  public TableSchema {
    Objects.requireNonNull(name);
    columns = List.copyOf(columns);
  }

  /** The column of that exact name (KQL names are case-sensitive). */
  public Optional<ColumnSchema> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
