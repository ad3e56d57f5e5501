package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/** {@code [name =] expr [to typeof(type)]} in mv-expand. */
public record MvExpandItem(
    Optional<Identifier> name, Expr expr, Optional<Identifier> toType, Span span) implements Node {
  public MvExpandItem {
    Objects.requireNonNull(name);
    Objects.requireNonNull(expr);
    Objects.requireNonNull(toType);
  }
}
