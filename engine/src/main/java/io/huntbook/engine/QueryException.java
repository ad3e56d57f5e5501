package io.huntbook.engine;

import io.huntbook.kql.diagnostics.Diagnostic;
import java.util.List;

/**
 * A query that could not run: a KQL error (with its diagnostics, line and column) or a backend
 * failure (with what to do about it). The message never contains a secret.
 */
public class QueryException extends Exception {
  private final String code;
  private final int line;
  private final int column;
  private final List<Diagnostic> diagnostics;

  /**
   * @param code a stable code: a KQL diagnostic code ({@code KQL0101}) or a backend error code
   * @param line 1-based line of the first error, 0 when not about a place in the query
   * @param column 1-based column, 0 when not about a place
   */
  public QueryException(
      String code, String message, int line, int column, List<Diagnostic> diagnostics) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public QueryException(String code, String message) {
    this(code, message, 0, 0, List.of());
  }

  public QueryException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.line = 0;
    this.column = 0;
    this.diagnostics = List.of();
  }

  public String code() {
    return code;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
