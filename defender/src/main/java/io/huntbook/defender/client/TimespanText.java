package io.huntbook.defender.client;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timespans as .NET and Kusto write them in JSON: {@code [-][d.]hh:mm:ss[.fffffff]}, with ticks of
 * 100 nanoseconds.
 */
public final class TimespanText {
  private static final Pattern FORMAT =
      Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

  private TimespanText() {}

  /** Parses the .NET form; throws {@link IllegalArgumentException} on anything else. */
  public static Duration parse(String text) {
    Matcher matcher = FORMAT.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a timespan: " + text);
    }
    long days = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
    Duration duration =
        Duration.ofDays(days)
            .plusHours(Long.parseLong(matcher.group(3)))
            .plusMinutes(Long.parseLong(matcher.group(4)))
            .plusSeconds(Long.parseLong(matcher.group(5)));
    if (matcher.group(6) != null) {
      String fraction = (matcher.group(6) + "000000000").substring(0, 9);
      duration = duration.plusNanos(Long.parseLong(fraction));
    }
    return matcher.group(1) != null ? duration.negated() : duration;
  }

  /** Formats in the .NET form, to the tick. */
  public static String format(Duration duration) {
    boolean negative = duration.isNegative();
    Duration positive = duration.abs();
    long days = positive.toDays();
    StringBuilder text = new StringBuilder();
    if (negative) {
      text.append('-');
    }
    if (days > 0) {
      text.append(days).append('.');
    }
    text.append(
        String.format(
            "%02d:%02d:%02d",
            positive.toHoursPart(), positive.toMinutesPart(), positive.toSecondsPart()));
    long ticks = positive.toNanosPart() / 100;
    if (ticks > 0) {
      text.append('.').append(String.format("%07d", ticks));
    }
    return text.toString();
  }
}
