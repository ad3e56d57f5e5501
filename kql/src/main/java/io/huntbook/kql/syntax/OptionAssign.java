package io.huntbook.kql.syntax;

import java.util.Objects;

/**
 * {@code name=value} options of operators: {@code kind=leftouter}, {@code withsource=T}, {@code
 * hint.strategy=broadcast}, {@code bagexpansion=array}. A bare word value is a {@link Expr.Name}.
 */
public record OptionAssign(Identifier name, Expr value, Span span) implements Node {
  public OptionAssign {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
  }
}
