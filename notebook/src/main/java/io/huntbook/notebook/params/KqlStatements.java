package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits KQL text into its {@code ;}-separated statements, respecting string literals, comments and
 * brackets. Only the lexical structure matters here; the parser proper checks the rest.
 */
public final class KqlStatements {
  private KqlStatements() {}

  /** One statement's text (trimmed) and its offset in the original text. */
  public record Piece(String text, int offset) {}

  /** The non-blank statements of a text, without their separators and comments kept intact. */
  public static List<Piece> split(String text) {
    List<Piece> pieces = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '`' && text.startsWith("```", i)) {
        int end = text.indexOf("```", i + 3);
        i = end < 0 ? text.length() : end + 3;
        continue;
      }
      if (c == '"' || c == '\'') {
        boolean verbatim = i > 0 && text.charAt(i - 1) == '@';
        i = endOfString(text, i, verbatim);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        add(pieces, text, start, i);
        start = i + 1;
      }
      i++;
    }
    add(pieces, text, start, text.length());
    return pieces;
  }

  private static void add(List<Piece> pieces, String text, int start, int end) {
    String raw = text.substring(start, end);
    String withoutComments = stripComments(raw).strip();
    if (withoutComments.isEmpty()) {
      return;
    }
    int lead = 0;
    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
      lead++;
    }
    pieces.add(new Piece(raw.strip(), start + lead));
  }

  /** The index just after the string literal opening at {@code open}. */
  static int endOfString(String text, int open, boolean verbatim) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!verbatim && c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (verbatim && i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (c == '\n' && !verbatim) {
        return i;
      }
      i++;
    }
    return text.length();
  }

  /** The text with {@code //} comments removed (string literals untouched). */
  public static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        int end = endOfString(text, i, i > 0 && text.charAt(i - 1) == '@');
        out.append(text, i, end);
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
