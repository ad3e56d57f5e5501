package io.huntbook.notebook.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.KqlText;
import io.huntbook.kql.types.KqlType;
import java.time.Duration;
import java.time.Instant;

/**
 * The display text of one cell value, in Kusto's forms: datetimes in ISO 8601 UTC with seven
 * fractional digits, timespans as {@code [-][d.]hh:mm:ss[.fffffff]}, dynamic values as compact
 * JSON, nulls as empty text.
 */
public final class ValueText {

  private ValueText() {}

  public static String text(Object value) {
    return switch (value) {
      case null -> "";
      case Instant instant -> KqlText.datetime(instant);
      case Duration duration -> timespan(duration);
      case JsonNode json -> json.isTextual() ? json.asText() : json.toString();
      default -> value.toString();
    };
  }

  /** Whether a column's values line up on the right (numbers). */
  public static boolean rightAligned(Column column) {
    return column.type().isNumeric() || column.type() == KqlType.TIMESPAN;
  }

  static String timespan(Duration value) {
    return KqlText.timespan(value);
  }
}
