package io.huntbook.defender.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a hunting answer from a stream without holding the whole document: Graph's {@code
 * schema}/{@code results} and Defender's {@code Stats}/{@code Schema}/{@code Results}, property
 * names in any case. Rows are decoded as they arrive when the schema came first (the services'
 * order); otherwise they are kept as trees until it does.
 */
public final class ResponseReader {
  private final ObjectMapper json;
  private final CellDecoder cells;
  private final int rowLimit;

  /**
   * @param rowLimit the service's row limit: a result with this many rows is marked truncated
   */
  public ResponseReader(ObjectMapper json, int rowLimit) {
    this.json = json;
    this.cells = new CellDecoder(json);
    this.rowLimit = rowLimit;
  }

  /** Reads a whole answer. */
  public ResultTable read(InputStream body) throws IOException, MalformedResponseException {
    try (JsonParser parser = json.getFactory().createParser(body)) {
      return read(parser);
    }
  }

  private ResultTable read(JsonParser parser) throws IOException, MalformedResponseException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedResponseException("the answer is not a JSON object");
    }
    List<Column> columns = null;
    List<List<Object>> rows = new ArrayList<>();
    List<JsonNode> earlyRows = null;
    Map<String, Object> stats = Map.of();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName().toLowerCase(Locale.ROOT);
      parser.nextToken();
      switch (field) {
        case "schema" -> columns = readSchema(parser);
        case "results" -> {
          if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new MalformedResponseException("Results is not an array");
          }
          if (columns != null) {
            readRows(parser, columns, rows);
          } else {
            earlyRows = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              earlyRows.add(json.readTree(parser));
            }
          }
        }
        case "stats" -> stats = readStats(parser);
        default -> parser.skipChildren();
      }
    }
    if (columns == null) {
      throw new MalformedResponseException("the answer has no Schema");
    }
    if (earlyRows != null) {
      Map<String, Integer> index = indexOf(columns);
      for (JsonNode row : earlyRows) {
        try (JsonParser rowParser = json.treeAsTokens(row)) {
          rowParser.nextToken();
          rows.add(readRow(rowParser, columns, index));
        }
      }
    }
    return new ResultTable(columns, rows, rows.size() >= rowLimit, Optional.empty(), stats);
  }

  private List<Column> readSchema(JsonParser parser)
      throws IOException, MalformedResponseException {
    JsonNode schema = json.readTree(parser);
    if (schema == null || !schema.isArray()) {
      throw new MalformedResponseException("Schema is not an array");
    }
    List<Column> columns = new ArrayList<>();
    for (JsonNode entry : schema) {
      Optional<String> name = property(entry, "name");
      if (name.isEmpty()) {
        throw new MalformedResponseException("a Schema entry has no Name");
      }
      KqlType type = property(entry, "type").map(ServiceTypeNames::toKql).orElse(KqlType.DYNAMIC);
      columns.add(new Column(name.get(), type));
    }
    return columns;
  }

  private static Optional<String> property(JsonNode entry, String lowerName) {
    var fields = entry.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getKey().toLowerCase(Locale.ROOT).equals(lowerName)
          && field.getValue().isTextual()) {
        return Optional.of(field.getValue().asText());
      }
    }
    return Optional.empty();
  }

  private void readRows(JsonParser parser, List<Column> columns, List<List<Object>> rows)
      throws IOException, MalformedResponseException {
    Map<String, Integer> index = indexOf(columns);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      rows.add(readRow(parser, columns, index));
    }
  }

  private List<Object> readRow(JsonParser parser, List<Column> columns, Map<String, Integer> index)
      throws IOException, MalformedResponseException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new MalformedResponseException("a row of Results is not a JSON object");
    }
    Object[] cells = new Object[columns.size()];
    boolean[] seen = new boolean[columns.size()];
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      Integer position = index.get(name);
      if (position == null) {
        position = index.get(name.toLowerCase(Locale.ROOT));
      }
      if (position == null) {
        parser.skipChildren();
        continue;
      }
      Column column = columns.get(position);
      cells[position] = this.cells.read(parser, column.type(), column.name());
      seen[position] = true;
    }
    for (int i = 0; i < cells.length; i++) {
      if (!seen[i] && columns.get(i).type() == KqlType.STRING) {
        cells[i] = "";
      }
    }
    return Arrays.asList(cells);
  }

  /** Column positions by exact name, and by lower-case name for keys cased differently. */
  private static Map<String, Integer> indexOf(List<Column> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i).name().toLowerCase(Locale.ROOT), i);
    }
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    return index;
  }

  private Map<String, Object> readStats(JsonParser parser) throws IOException {
    JsonNode node = json.readTree(parser);
    if (!(node instanceof ObjectNode object)) {
      return Map.of();
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    var fields = object.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (!field.getValue().isNull()) {
        stats.put(field.getKey(), json.convertValue(field.getValue(), Object.class));
      }
    }
    return stats;
  }
}
