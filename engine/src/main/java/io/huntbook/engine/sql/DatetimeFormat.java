package io.huntbook.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code format_datetime} and {@code format_timespan}: Kusto's format specifiers ({@code yyyy},
 * {@code MM}, {@code dd}, {@code HH}, {@code mm}, {@code ss}, {@code f…}, {@code tt}) turned into a
 * concatenation of SQL pieces, one per specifier, with the separators as literal text.
 */
final class DatetimeFormat {
  private DatetimeFormat() {}

  static String datetime(String t, String format) {
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      int run = run(format, i);
      String piece =
          switch (c) {
            case 'y' -> run >= 4 ? "strftime(" + t + ", '%Y')" : "strftime(" + t + ", '%y')";
            case 'M' ->
                run >= 2 ? "strftime(" + t + ", '%m')" : "CAST(month(" + t + ") AS VARCHAR)";
            case 'd' -> run >= 2 ? "strftime(" + t + ", '%d')" : "CAST(day(" + t + ") AS VARCHAR)";
            case 'H' -> run >= 2 ? "strftime(" + t + ", '%H')" : "CAST(hour(" + t + ") AS VARCHAR)";
            case 'h' ->
                run >= 2
                    ? "strftime(" + t + ", '%I')"
                    : "CAST(((hour(" + t + ") + 11) % 12) + 1 AS VARCHAR)";
            case 'm' ->
                run >= 2 ? "strftime(" + t + ", '%M')" : "CAST(minute(" + t + ") AS VARCHAR)";
            case 's' ->
                run >= 2 ? "strftime(" + t + ", '%S')" : "CAST(second(" + t + ") AS VARCHAR)";
            case 'f', 'F' ->
                "substr(strftime(CAST(" + t + " AS TIMESTAMP_NS), '%n'), 1, " + run + ")";
            case 't' -> "strftime(" + t + ", '%p')";
            default -> null;
          };
      if (piece == null) {
        pieces.add(SqlDialect.DUCKDB.string(format.substring(i, i + run)));
      } else {
        pieces.add(piece);
      }
      i += run;
    }
    return pieces.isEmpty()
        ? "''"
        : "CASE WHEN " + t + " IS NULL THEN '' ELSE concat(" + String.join(", ", pieces) + ") END";
  }

  static String timespan(String ticks, String format) {
    String abs = "abs(" + ticks + ")";
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      int run = run(format, i);
      String piece =
          switch (c) {
            case 'd' -> "lpad(CAST(" + abs + " // 864000000000 AS VARCHAR), " + run + ", '0')";
            case 'h', 'H' ->
                "lpad(CAST((" + abs + " // 36000000000) % 24 AS VARCHAR), " + run + ", '0')";
            case 'm' -> "lpad(CAST((" + abs + " // 600000000) % 60 AS VARCHAR), " + run + ", '0')";
            case 's' -> "lpad(CAST((" + abs + " // 10000000) % 60 AS VARCHAR), " + run + ", '0')";
            case 'f', 'F' ->
                "substr(lpad(CAST(" + abs + " % 10000000 AS VARCHAR), 7, '0'), 1, " + run + ")";
            default -> null;
          };
      pieces.add(piece == null ? SqlDialect.DUCKDB.string(format.substring(i, i + run)) : piece);
      i += run;
    }
    return "CASE WHEN "
        + ticks
        + " IS NULL THEN '' ELSE concat(CASE WHEN "
        + ticks
        + " < 0 THEN '-' ELSE '' END, "
        + String.join(", ", pieces)
        + ") END";
  }

  /** The length of the run of equal characters starting at {@code start}. */
  private static int run(String format, int start) {
    char c = format.charAt(start);
    int longest = c == 'y' ? 4 : c == 'f' || c == 'F' ? 7 : 2;
    int length = rawRun(format, start);
    if (!Character.isLetter(c)) {
      return length;
    }
    if (c == 'y' && length == 3) {
      return 2;
    }
    return Math.min(length, longest);
  }

  private static int rawRun(String format, int start) {
    char c = format.charAt(start);
    int end = start;
    if (!Character.isLetter(c)) {
      while (end < format.length() && !Character.isLetter(format.charAt(end))) {
        end++;
      }
      return end - start;
    }
    while (end < format.length() && format.charAt(end) == c) {
      end++;
    }
    return end - start;
  }
}
