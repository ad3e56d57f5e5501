package io.huntbook.kql.syntax;

import java.util.Objects;

/**
 * A name as written: a plain identifier, a bracketed {@code ['name with spaces']}, or a keyword
 * used as a name.
 */
public record Identifier(String name, Span span) implements Node {
  public Identifier {
    Objects.requireNonNull(name);
    Objects.requireNonNull(span);
  }
}
