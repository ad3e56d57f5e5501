package io.huntbook.kql.functions;

import io.huntbook.kql.types.KqlType;

/**
 * What a parameter of a built-in function accepts. The checks are deliberately lenient where Kusto
 * converts at run time: {@code dynamic} and the error type {@code unknown} are accepted everywhere,
 * and string parameters accept any scalar because Kusto turns it into its string form.
 */
public enum ArgumentKind {
  /** Any scalar. */
  ANY,
  /** A string; other scalars are converted. */
  STRING,
  /** int, long, real or decimal. */
  NUMBER,
  /** A number or a timespan (sum, avg). */
  SUMMABLE,
  /** A value with an order: numbers, strings, datetimes, timespans, bools (min, max). */
  ORDERED,
  /** int or long. */
  INTEGER,
  /** bool. */
  BOOL,
  /** datetime (a string is accepted: Kusto parses it). */
  DATETIME,
  /** timespan. */
  TIMESPAN,
  /** A dynamic array or property bag. */
  DYNAMIC,
  /** A tabular expression ({@code toscalar(T | …)}, {@code materialize(T)}). */
  TABULAR,
  /** {@code *} or a scalar (the columns of {@code arg_max(t, *)}, {@code count(*)}). */
  STAR_OR_ANY;

  /** Whether an argument of this type fits; {@code unknown} and {@code dynamic} always fit. */
  public boolean accepts(KqlType type) {
    if (type == KqlType.UNKNOWN || type == KqlType.DYNAMIC) {
      return true;
    }
    return switch (this) {
      case ANY, STRING, STAR_OR_ANY, DYNAMIC -> true;
      case NUMBER -> type.isNumeric() || type == KqlType.BOOL;
      case SUMMABLE -> type.isNumeric() || type == KqlType.TIMESPAN || type == KqlType.BOOL;
      case ORDERED -> type != KqlType.GUID;
      case INTEGER -> type.isNumeric() || type == KqlType.BOOL;
      case BOOL -> type == KqlType.BOOL;
      case DATETIME -> type == KqlType.DATETIME || type == KqlType.STRING;
      case TIMESPAN -> type == KqlType.TIMESPAN || type.isNumeric() || type == KqlType.STRING;
      case TABULAR -> false;
    };
  }

  /** How a diagnostic names what was expected. */
  public String description() {
    return switch (this) {
      case ANY, STAR_OR_ANY -> "a scalar";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case SUMMABLE -> "a number or timespan";
      case ORDERED -> "a comparable value";
      case INTEGER -> "an integer";
      case BOOL -> "a bool";
      case DATETIME -> "a datetime";
      case TIMESPAN -> "a timespan";
      case DYNAMIC -> "a dynamic value";
      case TABULAR -> "a tabular expression";
    };
  }
}
