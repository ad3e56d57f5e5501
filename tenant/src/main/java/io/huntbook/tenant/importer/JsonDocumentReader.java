package io.huntbook.tenant.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one JSON document with a streaming parser, one row at a time: a hunting API response
 * ({@code Schema}+{@code Results}, or Graph's {@code schema}+{@code results}; the table comes from
 * the options or the file name), a {@code records} envelope, or an array of streaming records.
 * Broken JSON ends the file: the problem is reported with its line, the rows before it stay.
 */
final class JsonDocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonDocumentReader() {}

  static void read(
      Path file, InputStream in, ImportTables tables, ImportReport report, Optional<String> table)
      throws IOException, SQLException {
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readRecords(file, parser, tables, report);
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        report.skip(file, line(parser), "expected a JSON object or array");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName().toLowerCase(Locale.ROOT);
        JsonToken value = parser.nextToken();
        if (name.equals("records") && value == JsonToken.START_ARRAY) {
          readRecords(file, parser, tables, report);
        } else if (name.equals("results") && value == JsonToken.START_ARRAY) {
          if (table.isEmpty()) {
            report.skip(file, line(parser), TableNames.UNKNOWN_TABLE);
            parser.skipChildren();
            continue;
          }
          readRows(file, parser, tables, report, table.get());
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      report.skip(
          file,
          line,
          "malformed JSON, the rest of the file is not imported: " + e.getOriginalMessage());
    }
  }

  private static void readRecords(
      Path file, JsonParser parser, ImportTables tables, ImportReport report)
      throws IOException, SQLException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      long line = line(parser);
      JsonNode record = parser.readValueAsTree();
      try {
        StreamingRecord.write(record, tables);
      } catch (ConversionException e) {
        report.skip(file, line, e.getMessage());
      }
    }
  }

  private static void readRows(
      Path file, JsonParser parser, ImportTables tables, ImportReport report, String table)
      throws IOException, SQLException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      long line = line(parser);
      JsonNode row = parser.readValueAsTree();
      try {
        tables.write(table, StreamingRecord.fields(row));
      } catch (ConversionException e) {
        report.skip(file, line, e.getMessage());
      }
    }
  }

  private static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
