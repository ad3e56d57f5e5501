package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;

/**
 * A whole query text: statements separated by {@code ;}, usually ending with one query statement.
 */
public record Script(List<Statement> statements, Span span) implements Node {
  public Script {
    statements = List.copyOf(statements);
    Objects.requireNonNull(span);
  }
}
