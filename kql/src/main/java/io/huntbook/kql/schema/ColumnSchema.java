package io.huntbook.kql.schema;

import io.huntbook.kql.types.KqlType;
import java.util.Objects;

/** A column: its name and KQL type. */
public record ColumnSchema(String name, KqlType type) {
  public ColumnSchema {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
  }
}
