package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/**
 * One level of top-nested: {@code [n] of column [with others = value] by [name =] aggregate
 * [asc|desc]}. An absent count keeps every value of the level.
 */
public record TopNestedLevel(
    Optional<Expr> count,
    NamedExpr of,
    Optional<Expr> others,
    NamedExpr aggregate,
    Optional<SortKey.Direction> direction,
    Span span)
    implements Node {
  public TopNestedLevel {
    Objects.requireNonNull(count);
    Objects.requireNonNull(of);
    Objects.requireNonNull(others);
    Objects.requireNonNull(aggregate);
    Objects.requireNonNull(direction);
  }
}
