package io.huntbook.notebook.params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.model.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a value given on the command line into a KQL literal of a parameter's type. Everything
 * passes through a strict parse of the value and a rendering of our own: a string value is always
 * one escaped string literal, so no quote or backslash in it can end the literal early.
 */
public final class KqlLiterals {
  private static final Pattern KQL_TIMESPAN =
      Pattern.compile("(\\d+(\\.\\d+)?)(d|h|m|s|ms)", Pattern.CASE_INSENSITIVE);

  private KqlLiterals() {}

  /** The KQL literal of {@code value} read as {@code type}. */
  public static String literal(String name, ParameterType type, String value)
      throws ParameterException {
    String text = value.strip();
    return switch (type) {
      case TIMESPAN -> timespan(name, text);
      case DATETIME -> datetime(name, text);
      case LONG -> {
        try {
          yield Long.toString(Long.parseLong(text));
        } catch (NumberFormatException e) {
          throw invalid(name, type, value, "a whole number such as 10");
        }
      }
      case REAL -> {
        try {
          double number = Double.parseDouble(text);
          if (!Double.isFinite(number)) {
            throw invalid(name, type, value, "a finite number such as 0.5");
          }
          String plain = new BigDecimal(text).toPlainString();
          yield plain.contains(".") ? plain : plain + ".0";
        } catch (NumberFormatException e) {
          throw invalid(name, type, value, "a number such as 0.5");
        }
      }
      case BOOL -> {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
          throw invalid(name, type, value, "true or false");
        }
        yield lower;
      }
      case STRING -> string(name, value);
      case DYNAMIC -> dynamic(name, text);
      case EXPRESSION ->
          throw new ParameterException(
              "parameter '"
                  + name
                  + "' has a computed default in the parameters cell, not a literal;"
                  + " it cannot be set from the command line");
    };
  }

  private static String timespan(String name, String text) throws ParameterException {
    if (KQL_TIMESPAN.matcher(text).matches()) {
      return text.toLowerCase(Locale.ROOT);
    }
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative()) {
        throw invalid(name, ParameterType.TIMESPAN, text, "a positive duration");
      }
      return timespan(duration);
    } catch (DateTimeParseException e) {
      throw invalid(name, ParameterType.TIMESPAN, text, "a duration such as 14d, 12h or P14D");
    }
  }

  /** A duration as the shortest exact KQL timespan literal. */
  public static String timespan(Duration duration) {
    long nanos = duration.toNanos();
    long[] units = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L};
    String[] suffixes = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (nanos % units[i] == 0) {
        return nanos / units[i] + suffixes[i];
      }
    }
    if (nanos % 1_000_000L == 0) {
      return nanos / 1_000_000L + "ms";
    }
    return "timespan("
        + duration.toSeconds()
        + "."
        + String.format("%09d", duration.toNanosPart())
        + "s)";
  }

  private static String datetime(String name, String text) throws ParameterException {
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException notInstant) {
      try {
        instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw invalid(
            name,
            ParameterType.DATETIME,
            text,
            "an ISO 8601 date or instant such as 2024-05-01T00:00:00Z");
      }
    }
    return "datetime(" + instant + ")";
  }

  /** A double-quoted KQL string literal holding exactly {@code value}. */
  public static String string(String name, String value) throws ParameterException {
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> literal.append("\\\\");
        case '"' -> literal.append("\\\"");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            throw new ParameterException(
                "parameter '"
                    + name
                    + "' contains a control character (U+"
                    + String.format("%04X", (int) c)
                    + "), which a KQL string cannot hold");
          }
          literal.append(c);
        }
      }
    }
    return literal.append('"').toString();
  }

  private static String dynamic(String name, String text) throws ParameterException {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      throw invalid(
          name, ParameterType.DYNAMIC, text, "a JSON value such as [\"a.exe\", \"b.exe\"]");
    }
    return "dynamic(" + dynamicBody(name, node) + ")";
  }

  private static String dynamicBody(String name, JsonNode node) throws ParameterException {
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(dynamicBody(name, node.get(i)));
      }
      return out.append(']').toString();
    }
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      boolean first = true;
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(first ? "" : ", ")
            .append(string(name, field.getKey()))
            .append(": ")
            .append(dynamicBody(name, field.getValue()));
        first = false;
      }
      return out.append('}').toString();
    }
    if (node.isTextual()) {
      return string(name, node.asText());
    }
    if (node.isNumber() || node.isBoolean() || node.isNull()) {
      return node.toString();
    }
    throw invalid(name, ParameterType.DYNAMIC, node.toString(), "a JSON value");
  }

  private static ParameterException invalid(
      String name, ParameterType type, String value, String expected) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    return new ParameterException(
        "parameter '"
            + name
            + "' is a "
            + type.kqlName()
            + ": expected "
            + expected
            + ", got '"
            + shown
            + "'");
  }
}
