package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Span;

/**
 * A construct the binder accepted but the local engine cannot run. Thrown inside the lowering and
 * turned into a {@link io.huntbook.engine.QueryException} with the span's line and column.
 */
final class LoweringException extends RuntimeException {
  private final Span span;

  LoweringException(String message, Span span) {
    super(message);
    this.span = span;
  }

  Span span() {
    return span;
  }
}
