package io.huntbook.tenant.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns an imported value (a JSON value, or a CSV field as JSON text node) into the Java value
 * {@link io.huntbook.tenant.table.TableWriter} stores for a column type. Empty text is an absent
 * value for every type but string.
 */
final class ValueConverter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ValueConverter() {}

  static Object convert(KqlType type, JsonNode value) throws ConversionException {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (type == KqlType.STRING) {
      return value.isTextual() ? value.textValue() : value.toString();
    }
    if (value.isTextual() && value.textValue().isBlank()) {
      return null;
    }
    String text = value.isTextual() ? value.textValue().trim() : value.toString();
    try {
      return switch (type) {
        case LONG -> value.isIntegralNumber() ? value.longValue() : Long.parseLong(text);
        case INT -> {
          long number = value.isIntegralNumber() ? value.longValue() : Long.parseLong(text);
          if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new ConversionException("out of range for int: " + text);
          }
          yield (int) number;
        }
        case REAL -> value.isNumber() ? value.doubleValue() : Double.parseDouble(text);
        case DECIMAL -> value.isNumber() ? value.decimalValue() : new BigDecimal(text);
        case BOOL -> bool(value, text);
        case DATETIME -> Timestamps.parse(text);
        case TIMESPAN -> value.isIntegralNumber() ? value.longValue() : ticks(text);
        case GUID -> UUID.fromString(text);
        case DYNAMIC -> dynamic(value);
        case STRING -> text;
        case UNKNOWN -> throw new ConversionException("column of unknown type");
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ConversionException("not a " + type.kqlName() + ": " + Timestamps.shorten(text));
    }
  }

  private static Boolean bool(JsonNode value, String text) throws ConversionException {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new ConversionException("not a bool: " + Timestamps.shorten(text));
    };
  }

  /**
   * JSON text of a dynamic value. A string holding a JSON object or array (how CSV and some exports
   * carry dynamic columns) becomes that object or array; any other string stays a string.
   */
  static String dynamic(JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.startsWith("{") || text.startsWith("[")) {
        try {
          return JSON.readTree(text).toString();
        } catch (JsonProcessingException e) {
          // not JSON after all: keep it as a string
        }
      }
    }
    return value.toString();
  }

  /** A KQL timespan text ({@code [-][d.]hh:mm:ss[.fffffff]}) as 100 ns ticks. */
  static long ticks(String text) throws ConversionException {
    String t = text;
    boolean negative = t.startsWith("-");
    if (negative) {
      t = t.substring(1);
    }
    String[] parts = t.split(":");
    if (parts.length != 3) {
      throw new ConversionException("not a timespan: " + Timestamps.shorten(text));
    }
    long days = 0;
    String hours = parts[0];
    int dot = hours.indexOf('.');
    if (dot >= 0) {
      days = Long.parseLong(hours.substring(0, dot));
      hours = hours.substring(dot + 1);
    }
    BigDecimal seconds = new BigDecimal(parts[2]);
    long ticks =
        ((days * 24 + Long.parseLong(hours)) * 60 + Long.parseLong(parts[1])) * 600_000_000L
            + seconds.movePointRight(7).longValueExact();
    return negative ? -ticks : ticks;
  }
}
