package io.huntbook.kql.binder;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.Diagnostic.Severity;
import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.Span;
import java.util.Optional;

/**
 * The binder's diagnostic codes (defined in {@link DiagnosticCatalog}, KQL0100–KQL0199) and the
 * messages that go with them. Every message names the offending name in quotes; a suggestion is
 * added as {@code ; did you mean 'X'?}.
 */
public final class BinderDiagnostics {
  public static final String UNKNOWN_TABLE = DiagnosticCatalog.UNKNOWN_TABLE;
  public static final String UNKNOWN_COLUMN = DiagnosticCatalog.UNKNOWN_COLUMN;
  public static final String UNKNOWN_FUNCTION = DiagnosticCatalog.UNKNOWN_FUNCTION;
  public static final String UNKNOWN_NAME = DiagnosticCatalog.UNKNOWN_NAME;
  public static final String ARGUMENT_COUNT = DiagnosticCatalog.ARGUMENT_COUNT;
  public static final String ARGUMENT_TYPE = DiagnosticCatalog.ARGUMENT_TYPE;
  public static final String OPERATOR_TYPE = DiagnosticCatalog.OPERATOR_TYPE;
  public static final String NOT_BOOL = DiagnosticCatalog.NOT_BOOL;
  public static final String AGGREGATE_OUTSIDE_SUMMARIZE =
      DiagnosticCatalog.AGGREGATE_OUTSIDE_SUMMARIZE;
  public static final String NOT_AN_AGGREGATE = DiagnosticCatalog.NOT_AN_AGGREGATE;
  public static final String UNSUPPORTED = DiagnosticCatalog.UNSUPPORTED;
  public static final String DUPLICATE_COLUMN = DiagnosticCatalog.DUPLICATE_COLUMN;
  public static final String AMBIGUOUS_COLUMN = DiagnosticCatalog.AMBIGUOUS_COLUMN;
  public static final String EXPECTED_TABULAR = DiagnosticCatalog.EXPECTED_TABULAR;
  public static final String EXPECTED_SCALAR = DiagnosticCatalog.EXPECTED_SCALAR;
  public static final String UNKNOWN_TYPE = DiagnosticCatalog.UNKNOWN_BOUND_TYPE;
  public static final String BRANCH_TYPES = DiagnosticCatalog.BRANCH_TYPES;
  public static final String JOIN_CONDITION = DiagnosticCatalog.JOIN_CONDITION;
  public static final String BAD_OPTION = DiagnosticCatalog.BAD_OPTION;
  public static final String NOT_SERIALIZED = DiagnosticCatalog.NOT_SERIALIZED;
  public static final String INTERNAL = DiagnosticCatalog.BINDER_INTERNAL;

  private BinderDiagnostics() {}

  static Diagnostic error(String code, String message, Span span) {
    return new Diagnostic(code, Severity.ERROR, message, span);
  }

  static Diagnostic unknown(
      String code, String what, String name, Optional<String> suggestion, Span span) {
    String message = "unknown " + what + " '" + name + "'";
    if (suggestion.isPresent()) {
      message += "; did you mean '" + suggestion.get() + "'?";
    }
    return error(code, message, span);
  }

  static Diagnostic unsupported(String what, String name, Span span) {
    return error(
        UNSUPPORTED, what + " '" + name + "' is not supported by Huntbook's local engine", span);
  }
}
