package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code dynamic(…)}: reads the JSON-like value between the parentheses (single-quoted strings, KQL
 * literals such as {@code datetime(…)} and {@code 1h} allowed) and writes it as canonical JSON: no
 * spaces, strings double-quoted with JSON escapes, datetimes and timespans as strings.
 */
final class DynamicLiteralParser {
  private final TokenStream tokens;
  private final StringBuilder json = new StringBuilder();
  private boolean failed;

  DynamicLiteralParser(TokenStream tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code dynamic(value)}; the current token is {@code dynamic}. */
  Expr dynamic() {
    int start = tokens.mark();
    tokens.advance();
    int open = tokens.mark();
    tokens.advance();
    value();
    if (failed) {
      // Resume after the matching ')' so one bad dynamic yields one diagnostic.
      tokens.reset(open);
      tokens.skipParenthesized();
    } else {
      tokens.expect(TokenKind.CLOSE_PAREN);
    }
    return new Expr.DynamicLiteral(failed ? "null" : json.toString(), tokens.spanFrom(start));
  }

  private void value() {
    try {
      if (tokens.enter()) {
        valueBody();
      } else {
        failed = true;
      }
    } finally {
      tokens.exit();
    }
  }

  private void valueBody() {
    Token token = tokens.current();
    switch (token.kind()) {
      case OPEN_BRACE -> object();
      case OPEN_BRACKET -> array();
      case STRING -> {
        StringBuilder text = new StringBuilder();
        while (tokens.at(TokenKind.STRING)) {
          text.append(tokens.advance().value());
        }
        appendString(json, text.toString());
      }
      case LONG, REAL, MINUS, PLUS -> number();
      case TIMESPAN -> {
        tokens.advance();
        var duration = LiteralSyntax.timespan(token.text());
        if (duration.isEmpty()) {
          fail("invalid timespan " + token.describe());
          return;
        }
        appendString(json, LiteralSyntax.formatTimespan(duration.get()));
      }
      case IDENTIFIER -> word(token);
      default -> fail("expected a value but found " + token.describe());
    }
  }

  private void object() {
    tokens.advance();
    json.append('{');
    boolean first = true;
    while (!failed && !tokens.at(TokenKind.CLOSE_BRACE) && !tokens.atEnd()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      Token key = tokens.current();
      if (key.kind() == TokenKind.STRING || key.kind() == TokenKind.IDENTIFIER) {
        tokens.advance();
        appendString(json, key.value());
      } else {
        fail("expected a property name but found " + key.describe());
        return;
      }
      if (!tokens.accept(TokenKind.COLON)) {
        fail("expected ':' but found " + tokens.current().describe());
        return;
      }
      json.append(':');
      value();
      if (!tokens.accept(TokenKind.COMMA)) {
        break;
      }
    }
    closeWith(TokenKind.CLOSE_BRACE, '}');
  }

  private void array() {
    tokens.advance();
    json.append('[');
    boolean first = true;
    while (!failed && !tokens.at(TokenKind.CLOSE_BRACKET) && !tokens.atEnd()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      value();
      if (!tokens.accept(TokenKind.COMMA)) {
        break;
      }
    }
    closeWith(TokenKind.CLOSE_BRACKET, ']');
  }

  private void closeWith(TokenKind kind, char close) {
    if (failed) {
      return;
    }
    if (tokens.accept(kind)) {
      json.append(close);
    } else {
      fail("expected " + kind.description() + " but found " + tokens.current().describe());
    }
  }

  private void number() {
    boolean negative = false;
    while (tokens.at(TokenKind.MINUS) || tokens.at(TokenKind.PLUS)) {
      negative ^= tokens.advance().kind() == TokenKind.MINUS;
    }
    Token token = tokens.current();
    if (token.kind() == TokenKind.LONG) {
      tokens.advance();
      Long value = LiteralSyntax.longToken(token.text());
      if (value != null) {
        json.append(negative ? -value : value);
      } else if (negative && token.text().equals("9223372036854775808")) {
        json.append(Long.MIN_VALUE);
      } else {
        // Beyond long: JSON numbers have no range, Kusto reads it as a real.
        appendReal(Double.parseDouble((negative ? "-" : "") + token.text()));
      }
    } else if (token.kind() == TokenKind.REAL) {
      tokens.advance();
      appendReal(negative ? -Double.parseDouble(token.text()) : Double.parseDouble(token.text()));
    } else {
      fail("expected a number but found " + token.describe());
    }
  }

  private void appendReal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      appendString(json, Double.toString(value));
    } else {
      json.append(Double.toString(value));
    }
  }

  private void word(Token token) {
    switch (token.text()) {
      case "true", "false", "null" -> {
        tokens.advance();
        json.append(token.text());
        return;
      }
      default -> {}
    }
    if (token.is("dynamic") && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      tokens.advance();
      tokens.advance();
      value();
      if (!failed && !tokens.accept(TokenKind.CLOSE_PAREN)) {
        fail("expected ')' but found " + tokens.current().describe());
      }
      return;
    }
    var type = KqlType.fromName(token.text());
    if (type.isEmpty() || tokens.peek(1).kind() != TokenKind.OPEN_PAREN) {
      fail("unexpected " + token.describe());
      return;
    }
    tokens.advance();
    int open = tokens.current().span().end();
    tokens.skipParenthesized();
    Token close = tokens.previous();
    if (close.kind() != TokenKind.CLOSE_PAREN) {
      fail("expected ')' but found " + tokens.current().describe());
      return;
    }
    String raw = tokens.source().text().substring(open, close.span().start());
    var value = LiteralSyntax.typed(type.get(), raw);
    if (value.isEmpty()) {
      fail("invalid " + type.get().kqlName() + " '" + raw.strip() + "'");
      return;
    }
    appendScalar(value.get().value());
  }

  private void appendScalar(Object value) {
    switch (value) {
      case null -> json.append("null");
      case Boolean b -> json.append(b);
      case Integer i -> json.append(i);
      case Long l -> json.append(l);
      case Double d -> appendReal(d);
      case BigDecimal d -> json.append(d.toPlainString());
      case Instant instant -> appendString(json, LiteralSyntax.formatDatetime(instant));
      case Duration duration -> appendString(json, LiteralSyntax.formatTimespan(duration));
      default -> appendString(json, value.toString().toLowerCase(Locale.ROOT));
    }
  }

  private void fail(String detail) {
    if (!failed) {
      failed = true;
      tokens.report(DiagnosticCatalog.invalidDynamic(detail, tokens.current().span()));
    }
  }

  /** Appends {@code text} as a JSON string literal. */
  static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
