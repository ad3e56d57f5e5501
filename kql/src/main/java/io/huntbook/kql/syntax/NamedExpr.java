package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;

/**
 * {@code expr}, {@code name = expr} or {@code (a, b) = expr} in project, extend, summarize, print
 * and serialize. {@code names} is empty when the column name is derived from the expression.
 */
public record NamedExpr(List<Identifier> names, Expr expr, Span span) implements Node {
  public NamedExpr {
    names = List.copyOf(names);
    Objects.requireNonNull(expr);
  }
}
