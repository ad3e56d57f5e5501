package io.huntbook.notebook.exec;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a diagnostic about the query that was sent back into the cell it came from: the query is
 * the prelude followed by the cell's KQL, so lines past the prelude are the cell's own lines.
 */
final class CaretRendering {
  private CaretRendering() {}

  /** The diagnostic as a problem of the cell, with the source line and a caret under its span. */
  static CellProblem problem(SourceText query, int preludeLines, Diagnostic diagnostic) {
    Span span = diagnostic.span();
    int line = query.line(span.start());
    int column = query.column(span.start());
    return place(query, preludeLines, diagnostic.code(), diagnostic.message(), line, column, span);
  }

  /** A problem at a line and column of the query (as a backend reports them). */
  static CellProblem place(
      SourceText query,
      int preludeLines,
      String code,
      String message,
      int line,
      int column,
      Span span) {
    if (line <= 0) {
      return new CellProblem(code, message, 0, 0, List.of(code + " " + message));
    }
    boolean inCell = line > preludeLines;
    int cellLine = inCell ? line - preludeLines : line;
    String shownMessage = inCell ? message : message + " (in the notebook's parameters)";
    String lineText = line <= lineCount(query) ? query.lineText(line) : "";
    int width = caretWidth(query, line, column, span);
    List<String> rendering = new ArrayList<>();
    rendering.add(
        (inCell ? "line " + cellLine + ":" + column : "parameters line " + line + ":" + column)
            + ": "
            + code
            + " "
            + shownMessage);
    rendering.add("  " + lineText);
    rendering.add("  " + caretIndent(lineText, column) + "^".repeat(width));
    return new CellProblem(
        code, shownMessage, inCell ? cellLine : 0, inCell ? column : 0, rendering);
  }

  private static int lineCount(SourceText query) {
    return query.line(query.text().length());
  }

  /** Spaces up to the column, keeping tabs so the caret lines up under tabbed text. */
  private static String caretIndent(String lineText, int column) {
    StringBuilder indent = new StringBuilder();
    int index = 0;
    for (int point = 1; point < column && index < lineText.length(); point++) {
      int codePoint = lineText.codePointAt(index);
      indent.append(codePoint == '\t' ? '\t' : ' ');
      index += Character.charCount(codePoint);
    }
    return indent.toString();
  }

  private static int caretWidth(SourceText query, int line, int column, Span span) {
    if (span == null || span.length() == 0) {
      return 1;
    }
    int endLine = query.line(span.end());
    if (endLine != line) {
      String text = query.lineText(line);
      return Math.max(1, text.codePointCount(0, text.length()) - column + 1);
    }
    return Math.max(1, query.column(span.end()) - column);
  }
}
