package io.huntbook.notebook.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@value #MIME_TYPE} form of a result: a Frictionless table schema and the rows as objects,
 * which JupyterLab and nteract show as a data grid. Rows beyond {@code maxRows} are left out and
 * the schema says so in {@code huntbook_truncated}.
 */
public final class DataResource {
  public static final String MIME_TYPE = "application/vnd.dataresource+json";

  /** Rows kept in a notebook, which must stay a file people can open. */
  public static final int DEFAULT_MAX_ROWS = 10_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DataResource() {}

  public static ObjectNode encode(ResultTable table, int maxRows) {
    ObjectNode resource = NODES.objectNode();
    ObjectNode schema = resource.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    List<Column> columns = table.columns();
    for (Column column : columns) {
      ObjectNode field = fields.addObject();
      field.put("name", column.name());
      field.put("type", frictionlessType(column.type()));
      field.put("kql_type", column.type().kqlName());
    }
    int shown = Math.min(maxRows, table.rowCount());
    ArrayNode data = resource.putArray("data");
    for (int r = 0; r < shown; r++) {
      ObjectNode row = data.addObject();
      List<Object> values = table.rows().get(r);
      for (int c = 0; c < columns.size(); c++) {
        row.set(columns.get(c).name(), json(values.get(c)));
      }
    }
    resource.put("huntbook_rows", table.rowCount());
    resource.put("huntbook_truncated", shown < table.rowCount() || table.truncated());
    return resource;
  }

  /** The Frictionless field type of a KQL type. */
  static String frictionlessType(KqlType type) {
    return switch (type) {
      case BOOL -> "boolean";
      case INT, LONG -> "integer";
      case REAL, DECIMAL -> "number";
      case STRING, GUID -> "string";
      case DATETIME -> "datetime";
      case TIMESPAN -> "duration";
      case DYNAMIC, UNKNOWN -> "any";
    };
  }

  static JsonNode json(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Double d -> Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(d.toString());
      case BigDecimal d -> NODES.numberNode(d);
      case JsonNode node -> node;
      default -> NODES.textNode(ValueText.text(value));
    };
  }
}
