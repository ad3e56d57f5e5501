package io.huntbook.kql.parser;

import io.huntbook.kql.syntax.Span;
import java.util.Objects;

/**
 * A token: its kind, its text as written and its span. {@code value} holds the decoded content of a
 * string literal (escapes resolved); for other kinds it equals {@code text}.
 */
public record Token(TokenKind kind, String text, String value, Span span) {
  public Token {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(text);
    Objects.requireNonNull(value);
    Objects.requireNonNull(span);
  }

  /** True for an identifier spelled {@code word}, ignoring nothing: KQL keywords are lower case. */
  public boolean is(String word) {
    return kind == TokenKind.IDENTIFIER && text.equals(word);
  }

  /** True when {@code next} starts exactly where this token ends, with no space or comment. */
  public boolean touches(Token next) {
    return span.end() == next.span.start();
  }

  /** How a message names this token: {@code 'where'}, {@code ')'} or {@code end of query}. */
  public String describe() {
    if (kind == TokenKind.END) {
      return kind.description();
    }
    String shown = text.length() > 30 ? text.substring(0, 27) + "..." : text;
    return "'" + shown.replace("\n", "\\n") + "'";
  }
}
