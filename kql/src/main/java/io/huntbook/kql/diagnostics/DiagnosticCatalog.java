package io.huntbook.kql.diagnostics;

import io.huntbook.kql.diagnostics.Diagnostic.Severity;
import io.huntbook.kql.syntax.Span;

/**
 * Every diagnostic Huntbook's KQL front end reports, with its stable code. Codes never change
 * meaning once released: tests, notebooks and hunters' notes refer to them. Syntax problems use
 * KQL0001–KQL0099 (parser package); semantic problems use KQL0100–KQL0199 (binder package).
 */
public final class DiagnosticCatalog {
  private DiagnosticCatalog() {}

  // ---------------------------------------------------------------------------------------------
  // Syntax: KQL0001–KQL0099, reported by io.huntbook.kql.parser.
  // ---------------------------------------------------------------------------------------------

  public static final String UNEXPECTED_CHARACTER = "KQL0001";
  public static final String UNTERMINATED_STRING = "KQL0002";
  public static final String INVALID_ESCAPE = "KQL0003";
  public static final String UNEXPECTED_TOKEN = "KQL0004";
  public static final String EXPECTED_TOKEN = "KQL0005";
  public static final String EXPECTED_EXPRESSION = "KQL0006";
  public static final String EXPECTED_NAME = "KQL0007";
  public static final String INVALID_LITERAL = "KQL0008";
  public static final String NUMBER_OUT_OF_RANGE = "KQL0009";
  public static final String UNKNOWN_OPERATOR = "KQL0010";
  public static final String INVALID_JOIN_CONDITION = "KQL0011";
  public static final String INVALID_DYNAMIC = "KQL0012";
  public static final String UNKNOWN_TYPE = "KQL0013";
  public static final String EXPECTED_OPERATOR = "KQL0014";
  public static final String EXPECTED_KEYWORD = "KQL0015";
  public static final String STATEMENTS_SEPARATED_BY_BLANK_LINE = "KQL0016";
  public static final String UNCLOSED_PARENTHESIS = "KQL0017";
  public static final String NESTED_TOO_DEEPLY = "KQL0018";

  /** A character that is not part of KQL ({@code #}, {@code ?}, …). */
  public static Diagnostic unexpectedCharacter(String character, Span span) {
    return error(UNEXPECTED_CHARACTER, "unexpected character '" + character + "'", span);
  }

  /** A string literal whose closing quote is missing on its line. */
  public static Diagnostic unterminatedString(Span span) {
    return error(UNTERMINATED_STRING, "unterminated string literal", span);
  }

  /** A backslash escape KQL does not know ({@code "\q"}). */
  public static Diagnostic invalidEscape(String escape, Span span) {
    return error(INVALID_ESCAPE, "invalid escape sequence '" + escape + "' in string", span);
  }

  /** A token that cannot appear here; {@code found} is its description ({@code ')'}). */
  public static Diagnostic unexpectedToken(String found, Span span) {
    return error(UNEXPECTED_TOKEN, "unexpected " + found, span);
  }

  /** A token that cannot appear here, with a hint at the likely slip. */
  public static Diagnostic unexpectedToken(String found, String hint, Span span) {
    return error(UNEXPECTED_TOKEN, "unexpected " + found + ": " + hint, span);
  }

  /** A required token is missing: {@code expected ')' but found end of query}. */
  public static Diagnostic expectedToken(String expected, String found, Span span) {
    return error(EXPECTED_TOKEN, "expected " + expected + " but found " + found, span);
  }

  public static Diagnostic expectedExpression(String found, Span span) {
    return error(EXPECTED_EXPRESSION, "expected an expression but found " + found, span);
  }

  public static Diagnostic expectedName(String found, Span span) {
    return error(EXPECTED_NAME, "expected a name but found " + found, span);
  }

  /** A literal whose text does not denote a value: {@code datetime(2024-13-45)}, {@code 1x}. */
  public static Diagnostic invalidLiteral(String kind, String text, Span span) {
    return error(INVALID_LITERAL, "invalid " + kind + " literal '" + text + "'", span);
  }

  public static Diagnostic numberOutOfRange(String text, Span span) {
    return error(NUMBER_OUT_OF_RANGE, "number '" + text + "' is out of range for long", span);
  }

  /** A word after {@code |} that names no KQL operator. */
  public static Diagnostic unknownOperator(String name, Span span) {
    return error(UNKNOWN_OPERATOR, "unknown query operator '" + name + "'", span);
  }

  /** An unknown operator word, with the known operator it most resembles (null if none does). */
  public static Diagnostic unknownOperator(String name, String suggestion, Span span) {
    return suggestion == null
        ? unknownOperator(name, span)
        : error(
            UNKNOWN_OPERATOR,
            "unknown query operator '" + name + "'; did you mean '" + suggestion + "'?",
            span);
  }

  public static Diagnostic invalidJoinCondition(Span span) {
    return error(
        INVALID_JOIN_CONDITION,
        "a join condition must be a column name or '$left.Column == $right.Column'",
        span);
  }

  public static Diagnostic invalidDynamic(String detail, Span span) {
    return error(INVALID_DYNAMIC, "invalid dynamic literal: " + detail, span);
  }

  public static Diagnostic unknownType(String name, Span span) {
    return error(UNKNOWN_TYPE, "unknown type '" + name + "'", span);
  }

  /** Nothing usable after {@code |}. */
  public static Diagnostic expectedOperator(String found, Span span) {
    return error(EXPECTED_OPERATOR, "expected a query operator after '|' but found " + found, span);
  }

  /** A keyword of an operator's grammar is missing: {@code expected 'by' after 'sort'}. */
  public static Diagnostic expectedKeyword(String keyword, String after, String found, Span span) {
    return error(
        EXPECTED_KEYWORD,
        "expected '" + keyword + "' after '" + after + "' but found " + found,
        span);
  }

  /** The query ends inside parentheses; the span is the {@code (} never closed. */
  public static Diagnostic unclosedParenthesis(Span span) {
    return error(UNCLOSED_PARENTHESIS, "'(' is never closed: expected ')' before the end", span);
  }

  /** Brackets or operators nested deeper than the parser follows (hundreds of levels). */
  public static Diagnostic nestedTooDeeply(Span span) {
    return error(NESTED_TOO_DEEPLY, "the query nests too deeply to be parsed", span);
  }

  /**
   * A warning: two queries separated only by a blank line, as the Advanced Hunting portal allows
   * (it runs the one under the cursor). Huntbook reads them as separate statements.
   */
  public static Diagnostic statementsSeparatedByBlankLine(Span span) {
    return new Diagnostic(
        STATEMENTS_SEPARATED_BY_BLANK_LINE,
        Severity.WARNING,
        "a new statement starts after a blank line without ';' before it; read as a separate"
            + " statement",
        span);
  }

  private static Diagnostic error(String code, String message, Span span) {
    return new Diagnostic(code, Severity.ERROR, message, span);
  }

  // ---------------------------------------------------------------------------------------------
  // Semantics: KQL0100–KQL0199, reported by io.huntbook.kql.binder (owned by the binder; add new
  // codes below this line only).
  // ---------------------------------------------------------------------------------------------
  /** A table name that is neither in the catalog nor a let-bound table. */
  public static final String UNKNOWN_TABLE = "KQL0100";

  /** A column the row flowing into the operator does not have. */
  public static final String UNKNOWN_COLUMN = "KQL0101";

  /** A function that is neither built in nor defined by let. */
  public static final String UNKNOWN_FUNCTION = "KQL0102";

  /** A name outside any row (print, let values) that no let defines. */
  public static final String UNKNOWN_NAME = "KQL0103";

  /** A call with too few or too many arguments. */
  public static final String ARGUMENT_COUNT = "KQL0104";

  /** A function argument of a type the function does not take ({@code sum("a")}). */
  public static final String ARGUMENT_TYPE = "KQL0105";

  /** An operator applied to types it does not combine ({@code "a" * 2}). */
  public static final String OPERATOR_TYPE = "KQL0106";

  /** A predicate that is not a bool ({@code where Name}). */
  public static final String NOT_BOOL = "KQL0107";

  /** An aggregate outside summarize, or nested in another aggregate. */
  public static final String AGGREGATE_OUTSIDE_SUMMARIZE = "KQL0108";

  /** A summarize item that aggregates nothing. */
  public static final String NOT_AN_AGGREGATE = "KQL0109";

  /**
   * An operator, source or plugin Huntbook parses but its local engine does not run (make-series,
   * evaluate, externaldata…). Consumers running a query on the real service may ignore this code.
   */
  public static final String UNSUPPORTED = "KQL0110";

  /** A column name given twice where names must be unique. */
  public static final String DUPLICATE_COLUMN = "KQL0111";

  /** A name that could mean more than one column. */
  public static final String AMBIGUOUS_COLUMN = "KQL0112";

  /** A scalar where a table is needed. */
  public static final String EXPECTED_TABULAR = "KQL0113";

  /** A table or function where a scalar value is needed. */
  public static final String EXPECTED_SCALAR = "KQL0114";

  /** A type name in {@code typeof(…)} that KQL does not know. */
  public static final String UNKNOWN_BOUND_TYPE = "KQL0115";

  /** The branches of iff/case/coalesce have types with no common type. */
  public static final String BRANCH_TYPES = "KQL0116";

  /** A join or lookup key that is missing or has different types on both sides. */
  public static final String JOIN_CONDITION = "KQL0117";

  /** An operator option with a value the operator does not know ({@code kind=sideways}). */
  public static final String BAD_OPTION = "KQL0118";

  /** A window function (row_number, prev, next…) over rows with no order. */
  public static final String NOT_SERIALIZED = "KQL0119";

  /** A bug in the binder, reported instead of thrown so the notebook keeps working. */
  public static final String BINDER_INTERNAL = "KQL0199";
}
