package io.huntbook.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.engine.result.KqlText;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Turns a JDBC cell into the Java value {@link io.huntbook.engine.result.ResultTable} documents for
 * its KQL type, following the storage mapping: TIMESTAMP is a UTC instant, timespan ticks become a
 * Duration, JSON becomes a Jackson tree, and a null string becomes the empty string.
 */
final class ValueReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValueReader() {}

  static Object read(ResultSet rows, int index, KqlType type) throws SQLException {
    Object raw = rows.getObject(index);
    if (raw == null) {
      return type == KqlType.STRING ? "" : null;
    }
    return switch (type) {
      case BOOL -> raw instanceof Boolean b ? b : Boolean.valueOf(raw.toString());
      case INT -> raw instanceof Number n ? n.intValue() : Integer.valueOf(raw.toString());
      case LONG -> raw instanceof Number n ? n.longValue() : Long.valueOf(raw.toString());
      case REAL -> raw instanceof Number n ? n.doubleValue() : Double.valueOf(raw.toString());
      case DECIMAL -> raw instanceof BigDecimal d ? d : new BigDecimal(raw.toString());
      case STRING -> rows.getString(index);
      case DATETIME -> instant(rows, index, raw);
      case TIMESPAN ->
          KqlText.durationOfTicks(
              raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString()));
      case GUID -> raw instanceof UUID u ? u : UUID.fromString(raw.toString());
      case DYNAMIC, UNKNOWN -> json(rows.getString(index));
    };
  }

  private static Instant instant(ResultSet rows, int index, Object raw) throws SQLException {
    if (raw instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    LocalDateTime local = rows.getObject(index, LocalDateTime.class);
    return local.toInstant(ZoneOffset.UTC);
  }

  private static JsonNode json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }
}
