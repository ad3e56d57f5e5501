package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/**
 * A sort key of sort/order/top. Direction and null order are empty when not written: KQL then sorts
 * descending, with nulls last for descending and first for ascending.
 */
public record SortKey(
    Expr expr, Optional<Direction> direction, Optional<NullOrder> nulls, Span span)
    implements Node {
  public SortKey {
    Objects.requireNonNull(expr);
    Objects.requireNonNull(direction);
    Objects.requireNonNull(nulls);
  }

  public enum Direction {
    ASC,
    DESC
  }

  public enum NullOrder {
    FIRST,
    LAST
  }
}
