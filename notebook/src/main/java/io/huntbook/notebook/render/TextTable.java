package io.huntbook.notebook.render;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table for a terminal: a header, a rule, at most {@code maxRows} rows with
 * long values cut to {@code maxColumnWidth} characters (ending in {@code …}), line breaks shown as
 * {@code ⏎}, and a row-count footer that says when rows were left out. The CLI's {@code query
 * --format table} prints this too.
 */
public final class TextTable {
  /** How much of a table to show. */
  public record Options(int maxRows, int maxColumnWidth) {
    public static final Options TERMINAL = new Options(50, 40);
    public static final Options NOTEBOOK = new Options(100, 60);

    public Options {
      if (maxRows < 0 || maxColumnWidth < 3) {
        throw new IllegalArgumentException("maxRows >= 0 and maxColumnWidth >= 3");
      }
    }
  }

  private TextTable() {}

  public static String render(ResultTable table) {
    return render(table, Options.TERMINAL);
  }

  public static String render(ResultTable table, Options options) {
    List<Column> columns = table.columns();
    int shown = Math.min(options.maxRows(), table.rowCount());
    List<String[]> cells = new ArrayList<>();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = width(clip(columns.get(c).name(), options.maxColumnWidth()));
    }
    for (int r = 0; r < shown; r++) {
      String[] row = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        row[c] = clip(ValueText.text(table.rows().get(r).get(c)), options.maxColumnWidth());
        widths[c] = Math.max(widths[c], width(row[c]));
      }
      cells.add(row);
    }
    StringBuilder out = new StringBuilder();
    if (!columns.isEmpty()) {
      for (int c = 0; c < columns.size(); c++) {
        pad(out, clip(columns.get(c).name(), options.maxColumnWidth()), widths[c], false, c);
      }
      endLine(out);
      for (int c = 0; c < columns.size(); c++) {
        out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
      }
      out.append('\n');
      for (String[] row : cells) {
        for (int c = 0; c < columns.size(); c++) {
          pad(out, row[c], widths[c], ValueText.rightAligned(columns.get(c)), c);
        }
        endLine(out);
      }
    }
    out.append(footer(table, shown));
    return out.toString();
  }

  /** {@code (3 rows)}, {@code (50 of 120 rows shown)}, plus a note when the service truncated. */
  public static String footer(ResultTable table, int shown) {
    int total = table.rowCount();
    StringBuilder footer = new StringBuilder("(");
    if (shown < total) {
      footer.append(shown).append(" of ").append(total).append(" rows shown");
    } else {
      footer.append(total).append(total == 1 ? " row" : " rows");
    }
    footer.append(')');
    if (table.truncated()) {
      footer.append(" — the service truncated the result at its row limit");
    }
    return footer.append('\n').toString();
  }

  private static void pad(StringBuilder out, String text, int width, boolean right, int column) {
    if (column > 0) {
      out.append("  ");
    }
    String spaces = " ".repeat(width - width(text));
    out.append(right ? spaces + text : text + spaces);
  }

  private static void endLine(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  /** One line of at most {@code max} characters. */
  static String clip(String text, int max) {
    String line =
        text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    if (width(line) <= max) {
      return line;
    }
    int end = line.offsetByCodePoints(0, max - 1);
    return line.substring(0, end) + "…";
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
