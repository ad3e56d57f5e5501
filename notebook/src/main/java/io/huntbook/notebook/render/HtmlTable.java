package io.huntbook.notebook.render;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import java.util.List;

/**
 * A result as an HTML table with every value escaped, followed by the row count and a note when
 * rows were left out (by this rendering or by the service).
 */
public final class HtmlTable {
  /** Rows shown in a notebook or report before the rest is left out. */
  public static final int DEFAULT_MAX_ROWS = 500;

  private HtmlTable() {}

  public static String render(ResultTable table) {
    return render(table, DEFAULT_MAX_ROWS);
  }

  public static String render(ResultTable table, int maxRows) {
    List<Column> columns = table.columns();
    int shown = Math.min(maxRows, table.rowCount());
    StringBuilder html = new StringBuilder("<table class=\"huntbook-result\">\n<thead><tr>");
    for (Column column : columns) {
      html.append("<th title=\"")
          .append(Html.escape(column.type().kqlName()))
          .append("\">")
          .append(Html.escape(column.name()))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < shown; r++) {
      html.append("<tr>");
      List<Object> row = table.rows().get(r);
      for (int c = 0; c < columns.size(); c++) {
        html.append(ValueText.rightAligned(columns.get(c)) ? "<td class=\"number\">" : "<td>")
            .append(Html.escape(ValueText.text(row.get(c))))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n<p class=\"huntbook-rows\">")
        .append(Html.escape(TextTable.footer(table, shown).strip()))
        .append("</p>\n");
    return html.toString();
  }
}
