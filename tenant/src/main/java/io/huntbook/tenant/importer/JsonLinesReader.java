package io.huntbook.tenant.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Reads streaming-API exports line by line: each line is one record or one Event Hubs envelope
 * {@code {"records":[…]}}. A malformed line is reported and skipped; the rest of the file goes on.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static void read(Path file, InputStream in, ImportTables tables, ImportReport report)
      throws IOException, SQLException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), InputFiles.BUFFER);
    String line;
    long number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        report.skip(file, number, "malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      JsonNode records = node.get("records");
      if (node.isObject() && records != null && records.isArray()) {
        for (JsonNode record : records) {
          write(file, number, record, tables, report);
        }
      } else {
        write(file, number, node, tables, report);
      }
    }
  }

  private static void write(
      Path file, long line, JsonNode record, ImportTables tables, ImportReport report)
      throws SQLException {
    try {
      StreamingRecord.write(record, tables);
    } catch (ConversionException e) {
      report.skip(file, line, e.getMessage());
    }
  }
}
