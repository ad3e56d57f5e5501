package io.huntbook.kql.parser;

import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of KQL literals, both ways: decoding what a query writes ({@code 1.5h}, {@code
 * datetime(2024-01-01 10:00)}, {@code real(+inf)}) into the Java values of {@link
 * io.huntbook.kql.syntax.Expr.Literal}, and writing those values back as KQL.
 */
public final class LiteralSyntax {
  private LiteralSyntax() {}

  /** A decoded literal value; {@code value} is null for a typed null such as {@code long(null)}. */
  public record Value(Object value) {}

  private static final long NANOS_PER_TICK = 100;
  private static final Pattern DATETIME =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern SLASH_DATE =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern CLOCK_TIMESPAN =
      Pattern.compile(
          "([+-])?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?");
  private static final Pattern UNIT_TIMESPAN =
      Pattern.compile("([+-])?(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([a-zA-Z]*)");
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern INTEGER = Pattern.compile("[+-]?(\\d+|0[xX][0-9a-fA-F]+)");
  private static final Pattern REAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** The value of a {@code type(text)} literal, or empty when the text does not denote one. */
  public static Optional<Value> typed(KqlType type, String rawText) {
    String text = unquote(rawText.strip());
    if (text.equalsIgnoreCase("null")) {
      return Optional.of(new Value(null));
    }
    return Optional.ofNullable(
            switch (type) {
              case BOOL -> bool(text);
              case INT -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
              case LONG -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
              case REAL -> real(text);
              case DECIMAL -> decimal(text);
              case DATETIME -> datetime(text).orElse(null);
              case TIMESPAN -> timespan(text).orElse(null);
              case GUID -> GUID.matcher(text).matches() ? UUID.fromString(text) : null;
              case STRING, DYNAMIC, UNKNOWN -> null;
            })
        .map(Value::new);
  }

  /** {@code datetime("2024-01-01")}: Kusto also accepts the text quoted. */
  private static String unquote(String text) {
    if (text.length() >= 2
        && (text.charAt(0) == '"' || text.charAt(0) == '\'')
        && text.charAt(text.length() - 1) == text.charAt(0)) {
      return text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  private static Object bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Object integer(String text, long min, long max) {
    if (!INTEGER.matcher(text).matches()) {
      return null;
    }
    BigInteger value = bigInteger(text);
    if (value == null
        || value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      return null;
    }
    return max == Integer.MAX_VALUE ? (Object) value.intValue() : (Object) value.longValue();
  }

  private static BigInteger bigInteger(String text) {
    boolean negative = text.startsWith("-");
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    BigInteger value =
        digits.startsWith("0x") || digits.startsWith("0X")
            ? new BigInteger(digits.substring(2), 16)
            : new BigInteger(digits);
    return negative ? value.negate() : value;
  }

  /** The value of an integer token ({@code 42}, {@code 0x1F}), or null when beyond long. */
  public static Long longToken(String text) {
    BigInteger value = bigInteger(text);
    return value.bitLength() < 64 ? value.longValue() : null;
  }

  private static Object real(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "nan":
        return Double.NaN;
      case "inf", "+inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return REAL.matcher(text).matches() ? Double.parseDouble(text) : null;
    }
  }

  private static Object decimal(String text) {
    return REAL.matcher(text).matches() ? new BigDecimal(text) : null;
  }

  /** A datetime in ISO 8601 ({@code 2024-01-01}, {@code 2024-01-01 10:00:00.1234567Z}) or RFC. */
  public static Optional<Instant> datetime(String rawText) {
    String text = unquote(spaced(rawText));
    Matcher iso = DATETIME.matcher(text);
    try {
      if (iso.matches()) {
        LocalDateTime local =
            LocalDateTime.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3)),
                group(iso, 4),
                group(iso, 5),
                group(iso, 6),
                fractionNanos(iso.group(7)));
        ZoneOffset offset =
            iso.group(8) == null || iso.group(8).equals("Z")
                ? ZoneOffset.UTC
                : ZoneOffset.of(insertColon(iso.group(8)));
        return Optional.of(local.toInstant(offset));
      }
      Matcher slash = SLASH_DATE.matcher(text);
      if (slash.matches()) {
        LocalDateTime local =
            LocalDateTime.of(
                Integer.parseInt(slash.group(3)),
                Integer.parseInt(slash.group(1)),
                Integer.parseInt(slash.group(2)),
                group(slash, 4),
                group(slash, 5),
                group(slash, 6));
        return Optional.of(local.toInstant(ZoneOffset.UTC));
      }
      return rfcDatetime(text);
    } catch (DateTimeException | NumberFormatException invalid) {
      // The text looked like a date but names none (month 13, day 32, unparsable RFC form).
      return Optional.empty();
    }
  }

  /**
   * RFC 822/1123 ({@code Sat, 8 Nov 2014 15:05:02 GMT}) and RFC 850 ({@code Saturday, 08-Nov-14
   * …}).
   */
  private static Optional<Instant> rfcDatetime(String text) {
    for (DateTimeFormatter format : RFC_FORMATS) {
      try {
        return Optional.of(ZonedDateTime.parse(text, format).toInstant());
      } catch (DateTimeException notThisFormat) {
        // Try the next format; the text is invalid if none matches.
      }
    }
    return Optional.empty();
  }

  private static final List<DateTimeFormatter> RFC_FORMATS =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEE, d MMM yy HH:mm:ss z", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss z", Locale.ENGLISH));

  /** Trimmed, with no-break and other Unicode spaces as plain spaces. */
  private static String spaced(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
    }
    return out.toString().strip();
  }

  private static int group(Matcher matcher, int group) {
    return matcher.group(group) == null ? 0 : Integer.parseInt(matcher.group(group));
  }

  private static int fractionNanos(String digits) {
    if (digits == null) {
      return 0;
    }
    return Integer.parseInt((digits + "000000000").substring(0, 9));
  }

  private static String insertColon(String offset) {
    return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
  }

  /**
   * A timespan written as {@code [-][d.]hh:mm[:ss[.fffffff]]}, as a number with a unit ({@code
   * 1.5h}), or as a bare number of days ({@code time(2)}); rounded to 100 ns ticks.
   */
  public static Optional<Duration> timespan(String rawText) {
    String text = unquote(rawText.strip());
    Matcher clock = CLOCK_TIMESPAN.matcher(text);
    if (clock.matches()) {
      long seconds =
          (clock.group(2) == null ? 0 : Long.parseLong(clock.group(2))) * 86_400
              + Long.parseLong(clock.group(3)) * 3_600
              + Long.parseLong(clock.group(4)) * 60
              + group(clock, 5);
      Duration duration = Duration.ofSeconds(seconds, fractionNanos(clock.group(6)));
      return Optional.of("-".equals(clock.group(1)) ? duration.negated() : duration);
    }
    Matcher unit = UNIT_TIMESPAN.matcher(text);
    if (!unit.matches()) {
      return Optional.empty();
    }
    long unitNanos = unitNanos(unit.group(3).isEmpty() ? "d" : unit.group(3));
    if (unitNanos == 0) {
      return Optional.empty();
    }
    BigDecimal nanos =
        new BigDecimal(unit.group(2))
            .multiply(BigDecimal.valueOf(unitNanos))
            .divide(BigDecimal.valueOf(NANOS_PER_TICK), 0, RoundingMode.HALF_UP)
            .multiply(BigDecimal.valueOf(NANOS_PER_TICK));
    if (nanos.toBigInteger().bitLength() >= 63) {
      return Optional.empty();
    }
    Duration duration = Duration.ofNanos(nanos.longValueExact());
    return Optional.of("-".equals(unit.group(1)) ? duration.negated() : duration);
  }

  /** Nanoseconds in one timespan unit ({@code h}, {@code ms}, {@code tick}…), or 0 if unknown. */
  static long unitNanos(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "d", "day", "days" -> 86_400_000_000_000L;
      case "h", "hr", "hrs", "hour", "hours" -> 3_600_000_000_000L;
      case "m", "min", "minute", "minutes" -> 60_000_000_000L;
      case "s", "sec", "second", "seconds" -> 1_000_000_000L;
      case "ms", "milli", "millis", "millisecond", "milliseconds" -> 1_000_000L;
      case "microsecond", "microseconds" -> 1_000L;
      case "tick", "ticks" -> NANOS_PER_TICK;
      default -> 0L;
    };
  }

  /** A datetime as KQL prints it: ISO 8601 UTC with seven fractional digits. */
  public static String formatDatetime(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d.%07dZ",
        utc.getYear(),
        utc.getMonthValue(),
        utc.getDayOfMonth(),
        utc.getHour(),
        utc.getMinute(),
        utc.getSecond(),
        utc.getNano() / NANOS_PER_TICK);
  }

  /** A timespan as KQL prints it: {@code [-][d.]hh:mm:ss[.fffffff]}. */
  public static String formatTimespan(Duration duration) {
    boolean negative = duration.isNegative();
    Duration absolute = duration.abs();
    long days = absolute.toDays();
    StringBuilder text = new StringBuilder(negative ? "-" : "");
    if (days != 0) {
      text.append(days).append('.');
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%02d:%02d:%02d",
            absolute.toHoursPart(),
            absolute.toMinutesPart(),
            absolute.toSecondsPart()));
    long ticks = absolute.toNanosPart() / NANOS_PER_TICK;
    if (ticks != 0) {
      text.append(String.format(Locale.ROOT, ".%07d", ticks));
    }
    return text.toString();
  }
}
