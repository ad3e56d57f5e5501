package io.huntbook.kql.binder;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.Diagnostic.Severity;
import io.huntbook.kql.syntax.Span;
import java.util.Optional;

/**
 * The binder's diagnostic codes, KQL0100–KQL0199, and the messages that go with them. Every message
 * names the offending name in quotes; a suggestion is added as {@code ; did you mean 'X'?}.
 */
public final class BinderDiagnostics {
  public static final String UNKNOWN_TABLE = "KQL0100";
  public static final String UNKNOWN_COLUMN = "KQL0101";
  public static final String UNKNOWN_FUNCTION = "KQL0102";
  public static final String UNKNOWN_NAME = "KQL0103";
  public static final String ARGUMENT_COUNT = "KQL0104";
  public static final String ARGUMENT_TYPE = "KQL0105";
  public static final String OPERATOR_TYPE = "KQL0106";
  public static final String NOT_BOOL = "KQL0107";
  public static final String AGGREGATE_OUTSIDE_SUMMARIZE = "KQL0108";
  public static final String NOT_AN_AGGREGATE = "KQL0109";
  public static final String UNSUPPORTED = "KQL0110";
  public static final String DUPLICATE_COLUMN = "KQL0111";
  public static final String AMBIGUOUS_COLUMN = "KQL0112";
  public static final String EXPECTED_TABULAR = "KQL0113";
  public static final String EXPECTED_SCALAR = "KQL0114";
  public static final String UNKNOWN_TYPE = "KQL0115";
  public static final String BRANCH_TYPES = "KQL0116";
  public static final String JOIN_CONDITION = "KQL0117";
  public static final String BAD_OPTION = "KQL0118";
  public static final String NO_RESULT = "KQL0119";
  public static final String INTERNAL = "KQL0199";

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
