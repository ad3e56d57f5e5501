package io.huntbook.engine.result;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text forms Kusto gives datetimes and timespans: ISO 8601 UTC with seven fractional digits,
 * and {@code [-][d.]hh:mm:ss[.fffffff]}.
 */
public final class KqlText {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final long TICKS_PER_SECOND = 10_000_000L;
  private static final long TICKS_PER_DAY = 86_400L * TICKS_PER_SECOND;

  private KqlText() {}

  public static String datetime(Instant value) {
    return DATETIME.format(value);
  }

  public static long ticks(Duration value) {
    return value.getSeconds() * TICKS_PER_SECOND + value.getNano() / 100L;
  }

  public static Duration durationOfTicks(long ticks) {
    return Duration.ofSeconds(
        Math.floorDiv(ticks, TICKS_PER_SECOND), Math.floorMod(ticks, TICKS_PER_SECOND) * 100L);
  }

  public static String timespan(Duration value) {
    long ticks = ticks(value);
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
