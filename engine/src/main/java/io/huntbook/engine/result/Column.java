package io.huntbook.engine.result;

import io.huntbook.kql.types.KqlType;
import java.util.Objects;

/** A result column: its name and KQL type. */
public record Column(String name, KqlType type) {
  public Column {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
  }
}
