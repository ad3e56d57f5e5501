package io.huntbook.kql.syntax;

import java.util.Objects;

/** {@code name:type} in datatable, parse-kv and parse captures; {@code typeName} as written. */
public record ColumnDecl(Identifier name, Identifier typeName, Span span) implements Node {
  public ColumnDecl {
    Objects.requireNonNull(name);
    Objects.requireNonNull(typeName);
  }
}
