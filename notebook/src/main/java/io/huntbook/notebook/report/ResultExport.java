package io.huntbook.notebook.report;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.render.ValueText;
import java.util.List;

/** A cell's result as CSV (RFC 4180, header line, CRLF line ends). */
public final class ResultExport {
  private ResultExport() {}

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
}
