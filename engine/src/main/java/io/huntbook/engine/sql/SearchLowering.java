package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code search}: each term becomes a test of every searchable column, {@code has} for a plain term
 * and its prefix, suffix and contains kin for {@code term*}, {@code *term} and {@code *term*}; a
 * {@code *} inside a term makes it a regular expression. Strings, integers, guids and dynamic
 * values are searched, as their text; Kusto's answers show real numbers are not. The output names
 * its source {@code search_arg0}, as Kusto does for a piped table.
 */
final class SearchLowering {
  private static final String SOURCE = "search_arg0";

  private SearchLowering() {}

  static Relation lower(
      LoweringContext context, Relation input, Operator.Search search, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    boolean caseSensitive =
        OperatorLowering.option(search.options(), "kind")
            .filter("case_sensitive"::equals)
            .isPresent();
    String predicate = predicate(context, search.predicate(), input, caseSensitive);
    List<String> items = new ArrayList<>();
    List<ColumnSchema> columns = new ArrayList<>();
    // Over tables the union's $table already names each row's table.
    if (!input.has("$table")) {
      items.add(d.string(SOURCE) + " AS " + d.identifier("$table"));
      columns.add(new ColumnSchema("$table", KqlType.STRING));
    }
    for (ColumnSchema column : input.columns()) {
      items.add(d.identifier(column.name()));
      columns.add(column);
    }
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    return context.define(
        "SELECT "
            + String.join(", ", items)
            + " FROM "
            + input.name()
            + " WHERE coalesce("
            + predicate
            + ", FALSE)",
        bound.isPresent() && bound.get().size() == columns.size() ? bound.get() : columns);
  }

  private static String predicate(
      LoweringContext context, Expr expr, Relation input, boolean caseSensitive) {
    if (expr instanceof Expr.Literal literal
        && literal.value() != null
        && (literal.type() == KqlType.STRING || literal.type().isNumeric())) {
      return term(context, text(literal.value()), input, caseSensitive);
    }
    return switch (expr) {
      case Expr.Binary binary when binary.op() == BinaryOp.AND || binary.op() == BinaryOp.OR ->
          "("
              + predicate(context, binary.left(), input, caseSensitive)
              + (binary.op() == BinaryOp.AND ? " AND " : " OR ")
              + predicate(context, binary.right(), input, caseSensitive)
              + ")";
      case Expr.Parenthesized parenthesized ->
          predicate(context, parenthesized.inner(), input, caseSensitive);
      case Expr.Call call when call.name().equals("not") && call.arguments().size() == 1 ->
          "(NOT coalesce("
              + predicate(context, call.arguments().getFirst(), input, caseSensitive)
              + ", FALSE))";
      default -> context.expressions.lower(expr, input);
    };
  }

  private static String text(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }

  /** One term tested against every searchable column; FALSE when no column is searchable. */
  private static String term(
      LoweringContext context, String term, Relation input, boolean caseSensitive) {
    SqlDialect d = context.dialect;
    boolean leading = term.startsWith("*");
    boolean trailing = term.endsWith("*") && term.length() > 1;
    String core = term.substring(leading ? 1 : 0, term.length() - (trailing ? 1 : 0));
    List<String> tests = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      if (!searchable(column.type()) || column.name().equals("$table")) {
        continue;
      }
      String value = Conversions.toText(d.identifier(column.name()), column.type());
      if (core.contains("*")) {
        StringBuilder regex = new StringBuilder(caseSensitive ? "" : "(?i)");
        String[] parts = core.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
          regex.append(i == 0 ? "" : ".*").append(SqlDialect.quoteRegex(parts[i]));
        }
        tests.add("regexp_matches(" + value + ", " + d.regex(regex.toString()) + ")");
        continue;
      }
      BinaryOp op;
      if (leading && trailing) {
        op = caseSensitive ? BinaryOp.CONTAINS_CS : BinaryOp.CONTAINS;
      } else if (trailing) {
        op = caseSensitive ? BinaryOp.HASPREFIX_CS : BinaryOp.HASPREFIX;
      } else if (leading) {
        op = caseSensitive ? BinaryOp.HASSUFFIX_CS : BinaryOp.HASSUFFIX;
      } else {
        op = caseSensitive ? BinaryOp.HAS_CS : BinaryOp.HAS;
      }
      tests.add(StringOperators.lower(op, value, d.string(core)));
    }
    return tests.isEmpty() ? "FALSE" : "(" + String.join(" OR ", tests) + ")";
  }

  private static boolean searchable(KqlType type) {
    return switch (type) {
      case STRING, INT, LONG, GUID, DYNAMIC -> true;
      case BOOL, REAL, DECIMAL, DATETIME, TIMESPAN, UNKNOWN -> false;
    };
  }
}
