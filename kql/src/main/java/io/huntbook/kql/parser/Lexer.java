package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns KQL text into tokens. Never throws: a character KQL does not use becomes a {@link
 * TokenKind#BAD} token and an unterminated string runs to the end of its line, each with a
 * diagnostic. Comments ({@code //} to the end of the line) and white space are dropped; the parser
 * sees adjacency through {@link Token#touches(Token)}.
 */
public final class Lexer {
  /** Suffixes that turn a number into a timespan literal ({@code 1d}, {@code 5microsecond}). */
  static final Set<String> TIMESPAN_UNITS =
      Set.of(
          "d",
          "day",
          "days",
          "h",
          "hr",
          "hrs",
          "hour",
          "hours",
          "m",
          "min",
          "minute",
          "minutes",
          "s",
          "sec",
          "second",
          "seconds",
          "ms",
          "milli",
          "millis",
          "millisecond",
          "milliseconds",
          "microsecond",
          "microseconds",
          "tick",
          "ticks");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int position;

  private Lexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code source}, always ending with one {@link TokenKind#END} token. */
  public static List<Token> tokenize(SourceText source, List<Diagnostic> diagnostics) {
    Lexer lexer = new Lexer(source.text());
    lexer.run();
    diagnostics.addAll(lexer.diagnostics);
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (true) {
      skipTrivia();
      if (position >= text.length()) {
        add(TokenKind.END, position, position);
        return;
      }
      scanToken();
    }
  }

  private void skipTrivia() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (isSpace(c)) {
        position++;
      } else if (c == '/' && peek(1) == '/') {
        while (position < text.length() && text.charAt(position) != '\n') {
          position++;
        }
      } else {
        return;
      }
    }
  }

  /** White space, including no-break and zero-width spaces that pasted queries often carry. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\u2060'
        || c == '\ufeff';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private char peek(int ahead) {
    int index = position + ahead;
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private void scanToken() {
    int start = position;
    char c = text.charAt(position);
    if ((c == 'h' || c == 'H') && (peek(1) == '"' || peek(1) == '\'')) {
      position++;
      scanQuoted(start);
    } else if ((c == 'h' || c == 'H') && peek(1) == '@' && (peek(2) == '"' || peek(2) == '\'')) {
      position += 2;
      scanVerbatim(start);
    } else if (isIdentifierStart(c)) {
      scanIdentifier(start);
    } else if (c == '$' && isIdentifierStart(peek(1))) {
      position++;
      scanIdentifier(start);
    } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      scanNumber(start);
    } else if (c == '"' || c == '\'') {
      scanQuoted(start);
    } else if (c == '@' && (peek(1) == '"' || peek(1) == '\'')) {
      position++;
      scanVerbatim(start);
    } else if (c == '`' && peek(1) == '`' && peek(2) == '`') {
      scanMultiLine(start);
    } else {
      scanPunctuation(start, c);
    }
  }

  static boolean isIdentifierStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isIdentifierPart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void scanIdentifier(int start) {
    while (position < text.length() && isIdentifierPart(text.charAt(position))) {
      position++;
    }
    add(TokenKind.IDENTIFIER, start, position);
  }

  private void scanNumber(int start) {
    if (text.charAt(position) == '0' && (peek(1) == 'x' || peek(1) == 'X') && isHex(peek(2))) {
      position += 2;
      while (position < text.length() && isHex(text.charAt(position))) {
        position++;
      }
      add(TokenKind.LONG, start, position);
      return;
    }
    boolean real = false;
    while (position < text.length() && isDigit(text.charAt(position))) {
      position++;
    }
    if (peek(0) == '.' && isDigit(peek(1))) {
      real = true;
      position++;
      while (position < text.length() && isDigit(text.charAt(position))) {
        position++;
      }
    }
    if ((peek(0) == 'e' || peek(0) == 'E')
        && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
      real = true;
      position += 2;
      while (position < text.length() && isDigit(text.charAt(position))) {
        position++;
      }
    }
    int unitEnd = position;
    while (unitEnd < text.length() && Character.isLetter(text.charAt(unitEnd))) {
      unitEnd++;
    }
    if (unitEnd > position
        && (unitEnd == text.length() || !isIdentifierPart(text.charAt(unitEnd)))
        && TIMESPAN_UNITS.contains(text.substring(position, unitEnd).toLowerCase())) {
      position = unitEnd;
      add(TokenKind.TIMESPAN, start, position);
      return;
    }
    add(real ? TokenKind.REAL : TokenKind.LONG, start, position);
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code '…'} or {@code "…"} with backslash escapes; {@code position} is on the quote. */
  private void scanQuoted(int start) {
    char quote = text.charAt(position++);
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length() || isLineBreak(text.charAt(position))) {
        diagnostics.add(DiagnosticCatalog.unterminatedString(new Span(start, position - start)));
        addString(start, position, value.toString());
        return;
      }
      char c = text.charAt(position);
      if (c == quote) {
        position++;
        addString(start, position, value.toString());
        return;
      }
      if (c == '\\' && position + 1 < text.length()) {
        position = scanEscape(position, value);
      } else {
        value.append(c);
        position++;
      }
    }
  }

  /** Decodes the escape at {@code at} (a backslash) and returns the position after it. */
  private int scanEscape(int at, StringBuilder value) {
    char next = text.charAt(at + 1);
    switch (next) {
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case '0' -> value.append('\0');
      case 'a' -> value.append('\u0007');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'v' -> value.append('\u000b');
      case '\\', '\'', '"', '?' -> value.append(next);
      case 'u' -> {
        if (at + 6 <= text.length() && isHexRun(at + 2, 4)) {
          value.append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
          return at + 6;
        }
        diagnostics.add(DiagnosticCatalog.invalidEscape("\\u", new Span(at, 2)));
      }
      case 'x' -> {
        if (at + 4 <= text.length() && isHexRun(at + 2, 2)) {
          value.append((char) Integer.parseInt(text.substring(at + 2, at + 4), 16));
          return at + 4;
        }
        diagnostics.add(DiagnosticCatalog.invalidEscape("\\x", new Span(at, 2)));
      }
      case '\n' -> diagnostics.add(DiagnosticCatalog.unterminatedString(new Span(at, 1)));
      default -> {
        diagnostics.add(DiagnosticCatalog.invalidEscape("\\" + next, new Span(at, 2)));
        value.append(next);
      }
    }
    return at + 2;
  }

  private boolean isHexRun(int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!isHex(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code @'…'}: no escapes, a doubled quote stands for one; {@code position} is on the quote. */
  private void scanVerbatim(int start) {
    char quote = text.charAt(position++);
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length() || isLineBreak(text.charAt(position))) {
        diagnostics.add(DiagnosticCatalog.unterminatedString(new Span(start, position - start)));
        addString(start, position, value.toString());
        return;
      }
      char c = text.charAt(position++);
      if (c == quote) {
        if (peek(0) == quote) {
          value.append(quote);
          position++;
        } else {
          addString(start, position, value.toString());
          return;
        }
      } else {
        value.append(c);
      }
    }
  }

  private void scanMultiLine(int start) {
    int close = text.indexOf("```", start + 3);
    if (close < 0) {
      diagnostics.add(DiagnosticCatalog.unterminatedString(new Span(start, text.length() - start)));
      position = text.length();
      addString(start, position, text.substring(start + 3));
      return;
    }
    position = close + 3;
    addString(start, position, text.substring(start + 3, close));
  }

  private void scanPunctuation(int start, char c) {
    char next = peek(1);
    TokenKind kind;
    int length = 1;
    switch (c) {
      case '|' -> kind = TokenKind.PIPE;
      case ';' -> kind = TokenKind.SEMICOLON;
      case ',' -> kind = TokenKind.COMMA;
      case ':' -> kind = TokenKind.COLON;
      case '(' -> kind = TokenKind.OPEN_PAREN;
      case ')' -> kind = TokenKind.CLOSE_PAREN;
      case '[' -> kind = TokenKind.OPEN_BRACKET;
      case ']' -> kind = TokenKind.CLOSE_BRACKET;
      case '{' -> kind = TokenKind.OPEN_BRACE;
      case '}' -> kind = TokenKind.CLOSE_BRACE;
      case '+' -> kind = TokenKind.PLUS;
      case '-' -> kind = TokenKind.MINUS;
      case '*' -> kind = TokenKind.STAR;
      case '/' -> kind = TokenKind.SLASH;
      case '%' -> kind = TokenKind.PERCENT;
      case '~' -> kind = TokenKind.TILDE;
      case '.' -> {
        kind = next == '.' ? TokenKind.DOT_DOT : TokenKind.DOT;
        length = next == '.' ? 2 : 1;
      }
      case '=' -> {
        switch (next) {
          case '=' -> {
            kind = TokenKind.EQUAL;
            length = 2;
          }
          case '~' -> {
            kind = TokenKind.EQUAL_TILDE;
            length = 2;
          }
          case '>' -> {
            kind = TokenKind.ARROW;
            length = 2;
          }
          default -> kind = TokenKind.ASSIGN;
        }
      }
      case '!' -> {
        switch (next) {
          case '=' -> {
            kind = TokenKind.NOT_EQUAL;
            length = 2;
          }
          case '~' -> {
            kind = TokenKind.BANG_TILDE;
            length = 2;
          }
          default -> kind = TokenKind.BANG;
        }
      }
      case '<' -> {
        switch (next) {
          case '=' -> {
            kind = TokenKind.LESS_EQUAL;
            length = 2;
          }
          case '>' -> {
            kind = TokenKind.NOT_EQUAL;
            length = 2;
          }
          default -> kind = TokenKind.LESS;
        }
      }
      case '>' -> {
        kind = next == '=' ? TokenKind.GREATER_EQUAL : TokenKind.GREATER;
        length = next == '=' ? 2 : 1;
      }
      default -> {
        kind = TokenKind.BAD;
        length = Character.charCount(text.codePointAt(start));
        diagnostics.add(
            DiagnosticCatalog.unexpectedCharacter(
                text.substring(start, start + length), new Span(start, length)));
      }
    }
    position = start + length;
    add(kind, start, position);
  }

  private void add(TokenKind kind, int start, int end) {
    String slice = text.substring(start, end);
    tokens.add(new Token(kind, slice, slice, new Span(start, end - start)));
  }

  private void addString(int start, int end, String value) {
    tokens.add(
        new Token(
            TokenKind.STRING, text.substring(start, end), value, new Span(start, end - start)));
  }
}
