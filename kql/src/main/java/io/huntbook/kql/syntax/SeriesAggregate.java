package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code [name =] aggregate [default = value]} in make-series: the value fills the bins no row fell
 * into (0 when absent).
 */
public record SeriesAggregate(NamedExpr aggregate, Optional<Expr> defaultValue, Span span)
    implements Node {
  public SeriesAggregate {
    Objects.requireNonNull(aggregate);
    Objects.requireNonNull(defaultValue);
  }
}
