package io.huntbook.defender.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.kql.types.KqlType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Reads one JSON cell at the parser's current token into the Java value {@link
 * io.huntbook.engine.result.ResultTable} documents for the column's type: strings never null,
 * datetimes as UTC instants, dynamic as a JSON tree.
 */
final class CellDecoder {
  private final ObjectMapper json;

  CellDecoder(ObjectMapper json) {
    this.json = json;
  }

  Object read(JsonParser parser, KqlType type, String column)
      throws IOException, MalformedResponseException {
    JsonToken token = parser.currentToken();
    if (type == KqlType.DYNAMIC || type == KqlType.UNKNOWN) {
      JsonNode tree = json.readTree(parser);
      return tree == null || tree.isNull() ? null : tree;
    }
    if (token == JsonToken.VALUE_NULL) {
      return type == KqlType.STRING ? "" : null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      JsonNode tree = json.readTree(parser);
      if (type == KqlType.STRING) {
        return json.writeValueAsString(tree);
      }
      throw wrong(column, type, tree.toString());
    }
    String text = parser.getText();
    try {
      return switch (type) {
        case STRING -> text;
        case BOOL ->
            switch (token) {
              case VALUE_TRUE -> Boolean.TRUE;
              case VALUE_FALSE -> Boolean.FALSE;
              // Kusto's bool is a signed byte underneath, and some answers show it so.
              case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
              default -> parseBoolean(text, column);
            };
        case INT ->
            token == JsonToken.VALUE_NUMBER_INT
                ? parser.getIntValue()
                : Integer.parseInt(text.strip());
        case LONG ->
            token == JsonToken.VALUE_NUMBER_INT
                ? parser.getLongValue()
                : Long.parseLong(text.strip());
        case REAL -> token.isNumeric() ? parser.getDoubleValue() : parseDouble(text);
        case DECIMAL -> new BigDecimal(text.strip());
        case DATETIME -> parseDatetime(text);
        case TIMESPAN -> TimespanText.parse(text);
        case GUID -> UUID.fromString(text.strip());
        case DYNAMIC, UNKNOWN -> throw new IllegalStateException("handled above");
      };
    } catch (NumberFormatException | DateTimeException e) {
      throw wrong(column, type, text);
    } catch (IllegalArgumentException e) {
      throw wrong(column, type, text);
    }
  }

  private static Boolean parseBoolean(String text, String column)
      throws MalformedResponseException {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw wrong(column, KqlType.BOOL, text);
    };
  }

  private static double parseDouble(String text) {
    return switch (text.strip()) {
      case "NaN" -> Double.NaN;
      case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text.strip());
    };
  }

  /** ISO 8601 with any number of fractional digits; without an offset the time is UTC. */
  static Instant parseDatetime(String text) {
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException withoutOffset) {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }
  }

  private static MalformedResponseException wrong(String column, KqlType type, String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return new MalformedResponseException(
        "column " + column + " is " + type.kqlName() + " but a value reads '" + shown + "'");
  }
}
