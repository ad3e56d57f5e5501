package io.huntbook.kernel.kql;

import java.util.ArrayList;
import java.util.List;

/**
 * A forgiving scan of KQL text into the pieces the kernel's editor features need: names, strings,
 * comments, brackets, pipes and statement ends. It is not the KQL lexer (the parser owns that); it
 * never fails, and marks strings that run past the end of the text or across a line break.
 */
final class KqlScanner {
  private KqlScanner() {}

  enum Kind {
    WORD,
    STRING,
    COMMENT,
    OPEN,
    CLOSE,
    PIPE,
    SEMICOLON,
    COMMA,
    /** A character KQL has no use for. */
    BAD,
    OTHER
  }

  /**
   * One piece of text.
   *
   * @param closed for strings: whether the closing quote was found
   * @param brokenByLineBreak for strings: a single-line string ran into a line break
   */
  record Lexeme(Kind kind, int start, int end, boolean closed, boolean brokenByLineBreak) {
    String text(String code) {
      return code.substring(start, end);
    }
  }

  static List<Lexeme> scan(String code) {
    List<Lexeme> lexemes = new ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        while (i < n && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
          i++;
        }
        lexemes.add(new Lexeme(Kind.COMMENT, start, i, true, false));
      } else if (code.startsWith("```", i) || code.startsWith("~~~", i)) {
        String fence = code.substring(i, i + 3);
        int close = code.indexOf(fence, i + 3);
        i = close < 0 ? n : close + 3;
        lexemes.add(new Lexeme(Kind.STRING, start, i, close >= 0, false));
      } else if (c == '@' && i + 1 < n && isQuote(code.charAt(i + 1))) {
        lexemes.add(verbatimString(code, start));
        i = lexemes.getLast().end();
      } else if (isQuote(c)) {
        lexemes.add(escapedString(code, start));
        i = lexemes.getLast().end();
      } else if (isWordStart(c)) {
        while (i < n && isWordPart(code.charAt(i))) {
          i++;
        }
        lexemes.add(new Lexeme(Kind.WORD, start, i, true, false));
      } else {
        i++;
        Kind kind =
            switch (c) {
              case '(', '[', '{' -> Kind.OPEN;
              case ')', ']', '}' -> Kind.CLOSE;
              case '|' -> Kind.PIPE;
              case ';' -> Kind.SEMICOLON;
              case ',' -> Kind.COMMA;
              case '#', '&', '^', '?', '\\', '`' -> Kind.BAD;
              default -> Kind.OTHER;
            };
        lexemes.add(new Lexeme(kind, start, i, true, false));
      }
    }
    return lexemes;
  }

  static boolean isWordStart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }

  /** {@code 'text'} or {@code "text"} with backslash escapes, on one line. */
  private static Lexeme escapedString(String code, int start) {
    char quote = code.charAt(start);
    int i = start + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return new Lexeme(Kind.STRING, start, i + 1, true, false);
      } else if (c == '\n' || c == '\r') {
        return new Lexeme(Kind.STRING, start, i, false, true);
      } else {
        i++;
      }
    }
    return new Lexeme(Kind.STRING, start, code.length(), false, false);
  }

  /** {@code @'text'}: no escapes, a doubled quote stands for one, on one line. */
  private static Lexeme verbatimString(String code, int start) {
    char quote = code.charAt(start + 1);
    int i = start + 2;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == quote) {
        if (i + 1 < code.length() && code.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return new Lexeme(Kind.STRING, start, i + 1, true, false);
      }
      if (c == '\n' || c == '\r') {
        return new Lexeme(Kind.STRING, start, i, false, true);
      }
      i++;
    }
    return new Lexeme(Kind.STRING, start, code.length(), false, false);
  }
}
