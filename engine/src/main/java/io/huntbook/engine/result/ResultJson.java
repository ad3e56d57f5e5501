package io.huntbook.engine.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.QueryException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON form of results and errors shared by the CLI, batch runs and notebooks: {@code
 * {"columns":[{"name","type"}],"rows":[[…]]}} with KQL's lower-case type names, datetimes in ISO
 * 8601 with seven fractional digits, timespans as {@code [-][d.]hh:mm:ss[.fffffff]}, dynamic values
 * as the JSON itself, and strings never null; an error is {@code {"code","message","line",
 * "column"}}.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultJson() {}

  public static ObjectNode encode(ResultTable table) {
    ObjectNode root = NODES.objectNode();
    ArrayNode columns = root.putArray("columns");
    for (Column column : table.columns()) {
      columns.addObject().put("name", column.name()).put("type", column.type().kqlName());
    }
    ArrayNode rows = root.putArray("rows");
    for (var row : table.rows()) {
      ArrayNode out = rows.addArray();
      for (int i = 0; i < row.size(); i++) {
        out.add(value(row.get(i), table.columns().get(i)));
      }
    }
    return root;
  }

  public static String toJson(ResultTable table) {
    return write(encode(table));
  }

  public static ObjectNode encodeError(QueryException error) {
    ObjectNode root = NODES.objectNode();
    root.put("code", error.code());
    root.put("message", error.getMessage());
    root.put("line", error.line());
    root.put("column", error.column());
    return root;
  }

  public static String toJson(QueryException error) {
    return write(encodeError(error));
  }

  /** One cell as JSON. */
  public static JsonNode value(Object value, Column column) {
    if (value == null) {
      return column.type() == io.huntbook.kql.types.KqlType.STRING
          ? NODES.textNode("")
          : NODES.nullNode();
    }
    return switch (value) {
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Double d -> real(d);
      case Float f -> real(f.doubleValue());
      case BigDecimal d -> NODES.numberNode(d);
      case String s -> NODES.textNode(s);
      case Instant t -> NODES.textNode(KqlText.datetime(t));
      case Duration d -> NODES.textNode(KqlText.timespan(d));
      case UUID u -> NODES.textNode(u.toString());
      case JsonNode j -> j;
      default -> NODES.textNode(value.toString());
    };
  }

  private static JsonNode real(double d) {
    if (Double.isNaN(d)) {
      return NODES.textNode("NaN");
    }
    if (Double.isInfinite(d)) {
      return NODES.textNode(d > 0 ? "Infinity" : "-Infinity");
    }
    return NODES.numberNode(d);
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
