package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr.BinaryOp;

/**
 * The string operators of KQL, over operands already converted to text. {@code has} and its kin
 * match whole terms (runtime macros); {@code contains}, {@code startswith} and {@code endswith} are
 * case-insensitive unless {@code _cs}.
 */
final class StringOperators {
  private StringOperators() {}

  static String lower(BinaryOp op, String left, String right) {
    return switch (op) {
      case HAS -> "kql_has(" + left + ", " + right + ")";
      case NOT_HAS -> "(NOT kql_has(" + left + ", " + right + "))";
      case HAS_CS -> "kql_has_cs(" + left + ", " + right + ")";
      case NOT_HAS_CS -> "(NOT kql_has_cs(" + left + ", " + right + "))";
      case HASPREFIX -> "kql_hasprefix(" + left + ", " + right + ")";
      case NOT_HASPREFIX -> "(NOT kql_hasprefix(" + left + ", " + right + "))";
      case HASPREFIX_CS -> "kql_hasprefix_cs(" + left + ", " + right + ")";
      case NOT_HASPREFIX_CS -> "(NOT kql_hasprefix_cs(" + left + ", " + right + "))";
      case HASSUFFIX -> "kql_hassuffix(" + left + ", " + right + ")";
      case NOT_HASSUFFIX -> "(NOT kql_hassuffix(" + left + ", " + right + "))";
      case HASSUFFIX_CS -> "kql_hassuffix_cs(" + left + ", " + right + ")";
      case NOT_HASSUFFIX_CS -> "(NOT kql_hassuffix_cs(" + left + ", " + right + "))";
      case CONTAINS -> "contains(lower(" + left + "), lower(" + right + "))";
      case NOT_CONTAINS -> "(NOT contains(lower(" + left + "), lower(" + right + ")))";
      case CONTAINS_CS -> "contains(" + left + ", " + right + ")";
      case NOT_CONTAINS_CS -> "(NOT contains(" + left + ", " + right + "))";
      case STARTSWITH -> "starts_with(lower(" + left + "), lower(" + right + "))";
      case NOT_STARTSWITH -> "(NOT starts_with(lower(" + left + "), lower(" + right + ")))";
      case STARTSWITH_CS -> "starts_with(" + left + ", " + right + ")";
      case NOT_STARTSWITH_CS -> "(NOT starts_with(" + left + ", " + right + "))";
      case ENDSWITH -> "ends_with(lower(" + left + "), lower(" + right + "))";
      case NOT_ENDSWITH -> "(NOT ends_with(lower(" + left + "), lower(" + right + ")))";
      case ENDSWITH_CS -> "ends_with(" + left + ", " + right + ")";
      case NOT_ENDSWITH_CS -> "(NOT ends_with(" + left + ", " + right + "))";
      default -> throw new IllegalArgumentException("not a string operator: " + op);
    };
  }
}
