package io.huntbook.notebook.exec;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cell's source split into its line magics and its KQL. Magic lines are blanked in {@link #kql()}
 * rather than removed, so a line and column in the KQL are the same line and column in the cell.
 */
public record CellSource(List<Magic> magics, String kql, List<CellProblem> problems) {
  public CellSource {
    magics = List.copyOf(magics);
    problems = List.copyOf(problems);
  }

  /** Reads the magics at the top of a cell (blank lines and comments may come between them). */
  public static CellSource parse(String source) {
    List<Magic> magics = new ArrayList<>();
    List<CellProblem> problems = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    StringBuilder kql = new StringBuilder();
    boolean inHeader = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (inHeader && trimmed.startsWith("%")) {
        magic(trimmed, i + 1, line.indexOf('%') + 1, magics, problems);
        kql.append(i + 1 < lines.length ? "\n" : "");
        continue;
      }
      if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
        inHeader = false;
      }
      kql.append(line).append(i + 1 < lines.length ? "\n" : "");
    }
    return new CellSource(magics, kql.toString(), problems);
  }

  private static void magic(
      String text, int line, int column, List<Magic> magics, List<CellProblem> problems) {
    String[] words = text.substring(1).strip().split("\\s+");
    String name = words[0].toLowerCase(Locale.ROOT);
    switch (name) {
      case "connect" -> {
        String target = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "";
        if (Magic.CONNECTIONS.contains(target)) {
          magics.add(new Magic.Connect(target));
        } else {
          problems.add(
              problem(
                  "HB0002",
                  "%connect takes one of " + String.join(", ", Magic.CONNECTIONS),
                  line,
                  column,
                  text));
        }
      }
      case "timespan" -> {
        String value = words.length == 2 ? words[1] : "";
        if (value.equalsIgnoreCase("none")) {
          magics.add(new Magic.Timespan(Optional.empty()));
        } else if (isTimespan(value)) {
          magics.add(new Magic.Timespan(Optional.of(value)));
        } else {
          problems.add(
              problem(
                  "HB0003",
                  "%timespan takes an ISO 8601 duration or range such as P7D,"
                      + " 2024-02-01T08:00:00Z/P30D, or none",
                  line,
                  column,
                  text));
        }
      }
      default ->
          problems.add(
              problem(
                  "HB0001",
                  "unknown magic %" + words[0] + " (known: %connect, %timespan)",
                  line,
                  column,
                  text));
    }
  }

  private static CellProblem problem(
      String code, String message, int line, int column, String lineText) {
    return new CellProblem(
        code,
        message,
        line,
        column,
        List.of(
            "line " + line + ":" + column + ": " + code + " " + message,
            "  " + lineText,
            "  " + "^".repeat(Math.max(1, lineText.length()))));
  }

  /** The time ranges Graph's {@code Timespan} accepts: a duration, an instant, or a pair. */
  static boolean isTimespan(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String[] parts = value.split("/", -1);
    if (parts.length > 2) {
      return false;
    }
    for (String part : parts) {
      if (!isDuration(part) && !isInstant(part)) {
        return false;
      }
    }
    return parts.length == 1 || !(isDuration(parts[0]) && isDuration(parts[1]));
  }

  private static boolean isDuration(String text) {
    try {
      Duration.parse(text);
      return true;
    } catch (DateTimeParseException notDuration) {
      try {
        Period.parse(text);
        return true;
      } catch (DateTimeParseException notPeriod) {
        return false;
      }
    }
  }

  private static boolean isInstant(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether the cell has any KQL besides blank lines and comments. */
  public boolean hasKql() {
    for (String line : kql.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
        return true;
      }
    }
    return false;
  }
}
