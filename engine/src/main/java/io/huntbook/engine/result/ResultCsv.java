package io.huntbook.engine.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A result as RFC 4180 CSV: a header of column names, then one line per row. Cells are written as
 * {@link ResultJson} encodes them (datetimes ISO 8601 with 7 fractional digits, timespans as
 * {@code d.hh:mm:ss}, dynamic values as JSON text), null as an empty field.
 */
public final class ResultCsv {
  private ResultCsv() {}

  public static String toCsv(ResultTable table) {
    StringBuilder out = new StringBuilder();
    write(table, out);
    return out.toString();
  }

  public static void write(ResultTable table, Appendable out) {
    try {
      for (int c = 0; c < table.columns().size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        out.append(field(table.columns().get(c).name()));
      }
      out.append("\r\n");
      for (var row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          if (c > 0) {
            out.append(',');
          }
          out.append(field(cell(row.get(c), table.columns().get(c))));
        }
        out.append("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Object value, Column column) {
    JsonNode node = ResultJson.value(value, column);
    if (node.isNull()) {
      return "";
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  private static String field(String text) {
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
