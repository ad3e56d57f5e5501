package io.huntbook.notebook.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.result.Column;
import io.huntbook.kql.types.KqlType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The display text of one cell value, in Kusto's forms: datetimes in ISO 8601 UTC with seven
 * fractional digits, timespans as {@code [-][d.]hh:mm:ss[.fffffff]}, dynamic values as compact
 * JSON, nulls as empty text.
 */
public final class ValueText {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final long TICKS_PER_SECOND = 10_000_000L;
  private static final long TICKS_PER_DAY = 86_400L * TICKS_PER_SECOND;

  private ValueText() {}

  public static String text(Object value) {
    return switch (value) {
      case null -> "";
      case Instant instant -> DATETIME.format(instant);
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
    long ticks = value.getSeconds() * TICKS_PER_SECOND + value.getNano() / 100L;
    StringBuilder out = new StringBuilder();
    if (ticks < 0) {
      out.append('-');
      ticks = -ticks;
    }
    long days = ticks / TICKS_PER_DAY;
    long rest = ticks % TICKS_PER_DAY;
    if (days > 0) {
      out.append(days).append('.');
    }
    long seconds = rest / TICKS_PER_SECOND;
    long fraction = rest % TICKS_PER_SECOND;
    out.append(String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
    if (fraction != 0) {
      out.append('.').append(String.format("%07d", fraction));
    }
    return out.toString();
  }
}
