package io.huntbook.notebook.params;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The KQL type of a parameter, inferred from the literal of its default in the parameters cell.
 * {@link #EXPRESSION} is a default that is not a literal (e.g. {@code ago(7d)}): such a parameter
 * cannot be overridden from the command line.
 */
public enum ParameterType {
  TIMESPAN,
  DATETIME,
  LONG,
  REAL,
  BOOL,
  STRING,
  DYNAMIC,
  EXPRESSION;

  private static final Pattern TIMESPAN_LITERAL =
      Pattern.compile(
          "\\d+(\\.\\d+)?\\s*(d|h|m|s|ms|tick|ticks|day|days|hr|hrs|hour|hours|min|minute|minutes|"
              + "sec|second|seconds|milli|millis|millisecond|milliseconds|microsecond|microseconds)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LONG_LITERAL = Pattern.compile("-?\\d+");
  private static final Pattern REAL_LITERAL =
      Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");

  /** The type of a default value's KQL text. */
  public static ParameterType of(String literal) {
    String text = literal.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (TIMESPAN_LITERAL.matcher(text).matches()
        || lower.startsWith("timespan(")
        || lower.startsWith("time(")) {
      return TIMESPAN;
    }
    if (lower.startsWith("datetime(") || lower.startsWith("date(")) {
      return DATETIME;
    }
    if (LONG_LITERAL.matcher(text).matches()
        || lower.startsWith("long(")
        || lower.startsWith("int(")) {
      return LONG;
    }
    if (REAL_LITERAL.matcher(text).matches()
        || lower.startsWith("real(")
        || lower.startsWith("double(")) {
      return REAL;
    }
    if (lower.equals("true") || lower.equals("false") || lower.startsWith("bool(")) {
      return BOOL;
    }
    if (isStringLiteral(text)) {
      return STRING;
    }
    if (lower.startsWith("dynamic(")) {
      return DYNAMIC;
    }
    return EXPRESSION;
  }

  private static boolean isStringLiteral(String text) {
    String body = text;
    if (body.startsWith("@") || body.startsWith("h") || body.startsWith("H")) {
      body = body.substring(1);
    }
    if (body.startsWith("@")) {
      body = body.substring(1);
    }
    if (body.length() < 2) {
      return false;
    }
    char quote = body.charAt(0);
    return (quote == '"' || quote == '\'') && body.charAt(body.length() - 1) == quote;
  }

  /** The lower-case KQL type name, for messages. */
  public String kqlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
