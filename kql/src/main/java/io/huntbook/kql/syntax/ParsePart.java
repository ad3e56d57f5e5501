package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/** One element of a parse pattern. */
public sealed interface ParsePart extends Node {

  /** A string literal (or, for kind=regex, a regex fragment) that must match. */
  record Text(String text, Span span) implements ParsePart {
    public Text {
      Objects.requireNonNull(text);
    }
  }

  /** A column the match captures, with an optional type ({@code Name:long}). */
  record Capture(Identifier column, Optional<Identifier> typeName, Span span) implements ParsePart {
    public Capture {
      Objects.requireNonNull(column);
      Objects.requireNonNull(typeName);
    }
  }

  /** {@code *}: skip any text. */
  record Wildcard(Span span) implements ParsePart {}
}
