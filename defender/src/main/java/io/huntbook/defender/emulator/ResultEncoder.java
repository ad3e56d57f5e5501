package io.huntbook.defender.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.defender.HuntingApi;
import io.huntbook.defender.client.ServiceTypeNames;
import io.huntbook.defender.client.TimespanText;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a result in the shape of the API asked: Graph's {@code @odata.context}, {@code schema},
 * {@code results} with lower-case schema keys, or Defender's {@code Stats}, {@code Schema}, {@code
 * Results} (MDE without {@code Stats}). Values are encoded as the services encode them: datetimes
 * with seven fractional digits and {@code Z}, timespans in .NET form, dynamic as nested JSON.
 */
final class ResultEncoder {
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private ResultEncoder() {}

  static void write(
      JsonGenerator json, HuntingApi api, ResultTable table, int rowCount, Duration elapsed)
      throws IOException {
    List<Column> columns = table.columns();
    json.writeStartObject();
    if (api.graphShape()) {
      json.writeStringField(
          "@odata.context",
          "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.huntingQueryResults");
    } else if (api == HuntingApi.M365D) {
      json.writeObjectFieldStart("Stats");
      json.writeNumberField("ExecutionTime", elapsed.toNanos() / 1e9);
      json.writeArrayFieldStart("dataset_statistics");
      json.writeStartObject();
      json.writeNumberField("table_row_count", rowCount);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeArrayFieldStart(api.graphShape() ? "schema" : "Schema");
    for (Column column : columns) {
      json.writeStartObject();
      json.writeStringField(api.graphShape() ? "name" : "Name", column.name());
      json.writeStringField(
          api.graphShape() ? "type" : "Type", ServiceTypeNames.fromKql(column.type()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart(api.graphShape() ? "results" : "Results");
    for (int row = 0; row < rowCount; row++) {
      List<Object> cells = table.rows().get(row);
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        json.writeFieldName(columns.get(i).name());
        writeCell(json, cells.get(i));
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A rough size of a row in JSON, to play the services' result-size limit. */
  static long estimateBytes(List<Object> row) {
    long bytes = 2;
    for (Object cell : row) {
      bytes += 24 + (cell == null ? 4 : cell.toString().length());
    }
    return bytes;
  }

  private static void writeCell(JsonGenerator json, Object cell) throws IOException {
    switch (cell) {
      case null -> json.writeNull();
      case String text -> json.writeString(text);
      case Boolean bool -> json.writeBoolean(bool);
      case Integer number -> json.writeNumber(number);
      case Long number -> json.writeNumber(number);
      case Double number -> {
        // JSON has no NaN or infinities; Kusto writes them as strings.
        if (number.isNaN() || number.isInfinite()) {
          json.writeString(number.isNaN() ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
        } else {
          json.writeNumber(number);
        }
      }
      case BigDecimal number -> json.writeNumber(number);
      case Instant instant -> json.writeString(DATETIME.format(instant));
      case Duration duration -> json.writeString(TimespanText.format(duration));
      case JsonNode node -> json.writeTree(node);
      default -> json.writeString(cell.toString());
    }
  }
}
