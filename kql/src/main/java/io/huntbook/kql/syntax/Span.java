package io.huntbook.kql.syntax;

/**
 * A range of source text: an offset in UTF-16 chars into {@link SourceText#text()} and a length.
 * Line and column are computed from a span only for display.
 */
public record Span(int start, int length) {
  public static final Span NONE = new Span(0, 0);

  public Span {
    if (start < 0 || length < 0) {
      throw new IllegalArgumentException("bad span " + start + "+" + length);
    }
  }

  public int end() {
    return start + length;
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    int s = Math.min(start, other.start);
    int e = Math.max(end(), other.end());
    return new Span(s, e - s);
  }
}
