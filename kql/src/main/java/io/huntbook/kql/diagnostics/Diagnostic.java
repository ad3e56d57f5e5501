package io.huntbook.kql.diagnostics;

import io.huntbook.kql.syntax.Span;
import java.util.Objects;

/**
 * A problem found in a query: a stable code from {@link DiagnosticCatalog} (e.g. {@code KQL0101}),
 * a severity, a message written for a hunter, and the span it is about.
 */
public record Diagnostic(String code, Severity severity, String message, Span span) {
  public Diagnostic {
    Objects.requireNonNull(code);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(message);
    Objects.requireNonNull(span);
  }

  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
