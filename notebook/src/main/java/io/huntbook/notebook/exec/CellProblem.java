package io.huntbook.notebook.exec;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a cell found before it runs, placed in the cell's own lines.
 *
 * @param code a stable code: a KQL diagnostic code or {@code HB…} for notebook-level problems
 * @param line 1-based line in the cell, 0 when not about a place
 * @param column 1-based column, 0 when not about a place
 * @param rendering the message with the source line and a caret under the place
 */
public record CellProblem(
    String code, String message, int line, int column, List<String> rendering) {
  public CellProblem {
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    rendering = List.copyOf(rendering);
  }

  /** {@code line L:C: message}, or the message alone when it is not about a place. */
  public String located() {
    return line > 0 ? "line " + line + ":" + column + ": " + message : message;
  }
}
