package io.huntbook.engine.sql;

import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * KQL's datetime and timespan functions over the storage mapping (TIMESTAMP in UTC, timespans as
 * ticks). Weeks start on Sunday and {@code dayofweek} returns a timespan, as in Kusto.
 */
final class DatetimeFunctions {
  private static final long TICKS_PER_DAY = 864_000_000_000L;

  private DatetimeFunctions() {}

  static void register(Map<String, Function<CallArguments, String>> m) {
    m.put(
        "now",
        a -> {
          String now = a.expressions().context().dialect.datetime(a.expressions().context().now);
          return a.count() > 0 ? "kql_datetime_add_ticks(" + now + ", " + a.sql(0) + ")" : now;
        });
    m.put(
        "ago",
        a ->
            "kql_datetime_add_ticks("
                + a.expressions().context().dialect.datetime(a.expressions().context().now)
                + ", -("
                + a.as(0, KqlType.TIMESPAN)
                + "))");
    m.put(
        "startofday", a -> offset(a, "CAST(date_trunc('day', " + dt(a) + ") AS TIMESTAMP)", "day"));
    m.put("startofweek", a -> offset(a, "kql_start_of_week(" + dt(a) + ")", "week"));
    m.put(
        "startofmonth",
        a -> offset(a, "CAST(date_trunc('month', " + dt(a) + ") AS TIMESTAMP)", "month"));
    m.put(
        "startofyear",
        a -> offset(a, "CAST(date_trunc('year', " + dt(a) + ") AS TIMESTAMP)", "year"));
    m.put(
        "endofday",
        a -> end(offset(a, "CAST(date_trunc('day', " + dt(a) + ") AS TIMESTAMP)", "day"), "day"));
    m.put("endofweek", a -> end(offset(a, "kql_start_of_week(" + dt(a) + ")", "week"), "week"));
    m.put(
        "endofmonth",
        a ->
            end(
                offset(a, "CAST(date_trunc('month', " + dt(a) + ") AS TIMESTAMP)", "month"),
                "month"));
    m.put(
        "endofyear",
        a ->
            end(offset(a, "CAST(date_trunc('year', " + dt(a) + ") AS TIMESTAMP)", "year"), "year"));
    m.put("dayofweek", a -> "(CAST(dayofweek(" + dt(a) + ") AS BIGINT) * " + TICKS_PER_DAY + ")");
    m.put("dayofmonth", a -> "CAST(day(" + dt(a) + ") AS INTEGER)");
    m.put("dayofyear", a -> "CAST(dayofyear(" + dt(a) + ") AS INTEGER)");
    m.put("monthofyear", a -> "CAST(month(" + dt(a) + ") AS INTEGER)");
    m.put("getmonth", a -> "CAST(month(" + dt(a) + ") AS INTEGER)");
    m.put("getyear", a -> "CAST(year(" + dt(a) + ") AS INTEGER)");
    m.put("hourofday", a -> "CAST(hour(" + dt(a) + ") AS INTEGER)");
    m.put("weekofyear", a -> "CAST(week(" + dt(a) + ") AS INTEGER)");
    m.put("week_of_year", a -> "CAST(week(" + dt(a) + ") AS INTEGER)");
    m.put("datetime_part", a -> part(a.literalText(0).orElse("day"), a.as(1, KqlType.DATETIME)));
    m.put(
        "datetime_add",
        a -> add(a.literalText(0).orElse("day"), a.sql(1), a.as(2, KqlType.DATETIME)));
    m.put(
        "datetime_diff",
        a ->
            diff(
                a.literalText(0).orElse("day"),
                a.as(1, KqlType.DATETIME),
                a.as(2, KqlType.DATETIME)));
    m.put(
        "make_datetime",
        a -> {
          List<String> parts = new ArrayList<>(a.all());
          while (parts.size() < 6) {
            parts.add(parts.size() < 3 ? "1" : "0");
          }
          return "TRY(make_timestamp(" + String.join(", ", parts) + "))";
        });
    m.put(
        "make_timespan",
        a -> {
          List<String> parts = new ArrayList<>(a.all());
          while (parts.size() < 4) {
            parts.add(0, "0");
          }
          if (a.count() == 2) {
            parts = List.of("0", a.sql(0), a.sql(1), "0");
          }
          // Minutes and seconds out of their range make no timespan (Kusto answers null).
          return "(CASE WHEN ("
              + parts.get(2)
              + ") BETWEEN 0 AND 59 AND ("
              + parts.get(3)
              + ") >= 0 AND ("
              + parts.get(3)
              + ") < 60 THEN CAST("
              + parts.get(0)
              + " AS BIGINT) * "
              + TICKS_PER_DAY
              + " + CAST("
              + parts.get(1)
              + " AS BIGINT) * 36000000000 + CAST("
              + parts.get(2)
              + " AS BIGINT) * 600000000 + CAST(("
              + parts.get(3)
              + ") * 10000000 AS BIGINT) END)";
        });
    m.put(
        "unixtime_seconds_todatetime",
        a -> "make_timestamp_ns(CAST(" + a.sql(0) + " * 1000000000 AS BIGINT))");
    m.put(
        "unixtime_milliseconds_todatetime",
        a -> "make_timestamp_ns(CAST(" + a.sql(0) + " * 1000000 AS BIGINT))");
    m.put(
        "unixtime_microseconds_todatetime",
        a -> "make_timestamp_ns(CAST(" + a.sql(0) + " * 1000 AS BIGINT))");
    m.put(
        "unixtime_nanoseconds_todatetime",
        a -> "make_timestamp_ns(CAST(" + a.sql(0) + " AS BIGINT))");
    m.put(
        "format_datetime",
        a ->
            DatetimeFormat.datetime(
                a.as(0, KqlType.DATETIME),
                a.literalText(1).orElseThrow(() -> a.unsupported("the format must be a literal"))));
    m.put(
        "format_timespan",
        a ->
            DatetimeFormat.timespan(
                a.as(0, KqlType.TIMESPAN),
                a.literalText(1).orElseThrow(() -> a.unsupported("the format must be a literal"))));
  }

  private static String dt(CallArguments a) {
    return a.as(0, KqlType.DATETIME);
  }

  /** startof… with its optional offset in units of the period. */
  private static String offset(CallArguments a, String start, String unit) {
    if (a.count() < 2) {
      return start;
    }
    return switch (unit) {
      case "week" -> "(" + start + " + to_days(CAST(7 * " + a.sql(1) + " AS INTEGER)))";
      case "day" -> "(" + start + " + to_days(CAST(" + a.sql(1) + " AS INTEGER)))";
      case "month" -> "(" + start + " + to_months(CAST(" + a.sql(1) + " AS INTEGER)))";
      default -> "(" + start + " + to_years(CAST(" + a.sql(1) + " AS INTEGER)))";
    };
  }

  private static String end(String start, String unit) {
    String next =
        switch (unit) {
          case "week" -> start + " + to_days(7)";
          case "day" -> start + " + to_days(1)";
          case "month" -> start + " + to_months(1)";
          default -> start + " + to_years(1)";
        };
    return "kql_datetime_add_ticks(CAST(" + next + " AS TIMESTAMP), -1)";
  }

  private static String part(String part, String t) {
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "year" -> "CAST(year(" + t + ") AS BIGINT)";
      case "quarter" -> "CAST(quarter(" + t + ") AS BIGINT)";
      case "month" -> "CAST(month(" + t + ") AS BIGINT)";
      case "week_of_year", "weekofyear" -> "CAST(week(" + t + ") AS BIGINT)";
      case "day" -> "CAST(day(" + t + ") AS BIGINT)";
      case "dayofyear" -> "CAST(dayofyear(" + t + ") AS BIGINT)";
      case "hour" -> "CAST(hour(" + t + ") AS BIGINT)";
      case "minute" -> "CAST(minute(" + t + ") AS BIGINT)";
      case "second" -> "CAST(second(" + t + ") AS BIGINT)";
      case "millisecond" -> "CAST(millisecond(" + t + ") % 1000 AS BIGINT)";
      case "microsecond" -> "CAST(microsecond(" + t + ") % 1000000 AS BIGINT)";
      case "nanosecond" -> "CAST((microsecond(" + t + ") % 1000000) * 1000 AS BIGINT)";
      default -> "CAST(NULL AS BIGINT)";
    };
  }

  private static String add(String part, String amount, String t) {
    String n = "CAST(" + amount + " AS BIGINT)";
    String interval =
        switch (part.toLowerCase(Locale.ROOT)) {
          case "year" -> "to_years(CAST(" + n + " AS INTEGER))";
          case "quarter" -> "to_months(CAST(3 * " + n + " AS INTEGER))";
          case "month" -> "to_months(CAST(" + n + " AS INTEGER))";
          case "week" -> "to_days(CAST(7 * " + n + " AS INTEGER))";
          case "day" -> "to_days(CAST(" + n + " AS INTEGER))";
          case "hour" -> "to_hours(" + n + ")";
          case "minute" -> "to_minutes(" + n + ")";
          case "second" -> "to_seconds(" + n + ")";
          case "millisecond" -> "to_milliseconds(" + n + ")";
          case "microsecond" -> "to_microseconds(" + n + ")";
          case "nanosecond" -> "to_microseconds(" + n + " // 1000)";
          default -> "to_days(0)";
        };
    return "kql_datetime_add_interval(" + t + ", " + interval + ")";
  }

  private static String diff(String part, String a, String b) {
    String unit =
        switch (part.toLowerCase(Locale.ROOT)) {
          case "year",
              "quarter",
              "month",
              "day",
              "hour",
              "minute",
              "second",
              "millisecond",
              "microsecond" ->
              part.toLowerCase(Locale.ROOT);
          case "week" -> "week";
          case "nanosecond" -> "nanosecond";
          default -> "day";
        };
    if (unit.equals("nanosecond")) {
      return "(date_diff('microsecond', " + b + ", " + a + ") * 1000)";
    }
    if (unit.equals("week")) {
      return "((epoch_us(kql_start_of_week("
          + a
          + ")) - epoch_us(kql_start_of_week("
          + b
          + "))) // 604800000000)";
    }
    return "date_diff('" + unit + "', " + b + ", " + a + ")";
  }
}
