package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.KqlText;
import io.huntbook.engine.result.ResultJson;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.render.DataResource;
import io.huntbook.notebook.render.ValueText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's result as CSV (RFC 4180, header line, CRLF line ends) or JSON (the {@link ResultJson}
 * shape the CLI also prints), from a run's full table or from a saved notebook's data resource.
 */
public final class ResultExport {
  private static final Pattern TIMESPAN =
      Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

  /** The export formats. */
  public enum Format {
    CSV,
    JSON;

    /** {@code csv} or {@code json}, any case. */
    public static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "json" -> JSON;
        default ->
            throw new IllegalArgumentException("export format is csv or json, not '" + name + "'");
      };
    }
  }

  private ResultExport() {}

  public static String export(ResultTable table, Format format) {
    return switch (format) {
      case CSV -> csv(table);
      case JSON -> ResultJson.toJson(table) + "\n";
    };
  }

  /** Writes an export atomically. */
  public static void write(Path path, ResultTable table, Format format) throws IOException {
    NotebookFiles.writeAtomically(path, export(table, format));
  }

  public static String csv(ResultTable table) {
    StringBuilder csv = new StringBuilder();
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      csv.append(c == 0 ? "" : ",").append(field(columns.get(c).name()));
    }
    csv.append("\r\n");
    for (List<Object> row : table.rows()) {
      for (int c = 0; c < row.size(); c++) {
        csv.append(c == 0 ? "" : ",").append(field(ValueText.text(row.get(c))));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /** A CSV field, quoted when it holds a comma, quote or line break; formula starts neutralised. */
  static String field(String value) {
    String text = value;
    // A spreadsheet would run a value starting with = + - @ as a formula: attacker-controlled
    // command lines end up in these exports.
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d.*")) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /**
   * The table saved in an executed cell's data resource (at most the rows the notebook kept), typed
   * again from the KQL types recorded with it; empty when the cell has no table.
   */
  public static Optional<ResultTable> fromCell(CodeCell cell) {
    for (Output output : cell.outputs()) {
      if (output instanceof Output.ExecuteResult result
          && result.data().get(DataResource.MIME_TYPE) instanceof JsonNode resource
          && resource.isObject()) {
        return Optional.of(table(resource));
      }
    }
    return Optional.empty();
  }

  private static ResultTable table(JsonNode resource) {
    List<Column> columns = new ArrayList<>();
    for (JsonNode field : resource.path("schema").path("fields")) {
      KqlType type =
          KqlType.fromName(field.path("kql_type").asText("string")).orElse(KqlType.STRING);
      columns.add(new Column(field.path("name").asText(), type));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode row : resource.path("data")) {
      List<Object> values = new ArrayList<>();
      for (Column column : columns) {
        values.add(value(row.get(column.name()), column.type()));
      }
      rows.add(values);
    }
    return new ResultTable(
        columns,
        rows,
        resource.path("huntbook_truncated").asBoolean(false),
        Optional.empty(),
        java.util.Map.of());
  }

  private static Object value(JsonNode node, KqlType type) {
    if (node == null || node.isNull()) {
      return type == KqlType.STRING ? "" : null;
    }
    return switch (type) {
      case BOOL -> node.asBoolean();
      case INT -> node.asInt();
      case LONG -> node.asLong();
      case REAL -> node.isNumber() ? node.asDouble() : Double.valueOf(node.asText());
      case DECIMAL -> new BigDecimal(node.asText());
      case DATETIME -> Instant.parse(node.asText());
      case TIMESPAN -> timespan(node.asText());
      case GUID -> UUID.fromString(node.asText());
      case DYNAMIC -> node;
      case STRING, UNKNOWN -> node.asText();
    };
  }

  /** Reads Kusto's {@code [-][d.]hh:mm:ss[.fffffff]}. */
  static Duration timespan(String text) {
    Matcher m = TIMESPAN.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a timespan: " + text);
    }
    long seconds =
        (m.group(2) == null ? 0 : Long.parseLong(m.group(2))) * 86_400
            + Long.parseLong(m.group(3)) * 3_600
            + Long.parseLong(m.group(4)) * 60
            + Long.parseLong(m.group(5));
    long ticks = seconds * 10_000_000L;
    if (m.group(6) != null) {
      ticks += Long.parseLong((m.group(6) + "000000").substring(0, 7));
    }
    return KqlText.durationOfTicks(m.group(1) == null ? ticks : -ticks);
  }
}
