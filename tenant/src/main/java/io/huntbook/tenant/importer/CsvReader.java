package io.huntbook.tenant.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV export from the portal: a header line naming the columns, then one row a record.
 * Values are text and are typed by the column (dynamic values are JSON text; empty text is an
 * absent value). Unknown columns are added as string columns.
 */
final class CsvReader {
  private CsvReader() {}

  static void read(
      Path file, InputStream in, ImportTables tables, ImportReport report, String table)
      throws IOException, SQLException {
    CsvRecords records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      List<String> header = records.next();
      if (header == null) {
        return;
      }
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      List<String> fields;
      while ((fields = records.next()) != null) {
        if (fields.size() != header.size()) {
          report.skip(
              file,
              records.recordLine(),
              "expected " + header.size() + " fields as in the header, found " + fields.size());
          continue;
        }
        List<ImportTables.Field> row = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
          // Unknown CSV columns stay strings: a JSON-looking text is only typed by the schema.
          JsonNode value = TextNode.valueOf(fields.get(i));
          row.add(new ImportTables.Field(header.get(i), value));
        }
        try {
          tables.write(table, row);
        } catch (ConversionException e) {
          report.skip(file, records.recordLine(), e.getMessage());
        }
      }
    } catch (CsvRecords.MalformedCsvException e) {
      report.skip(file, e.line, e.getMessage() + "; the rest of the file is not imported");
    }
  }
}
