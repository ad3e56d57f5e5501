package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.ScanDeclaration;
import io.huntbook.kql.syntax.ScanStep;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scan} of one step as a recursive CTE that walks the numbered rows one at a time. The
 * recursion carries the step's state (the declared columns of the last matching row, the defaults
 * at first); a row matches when the condition holds, and then its declared columns take the
 * assigned values (the defaults where nothing is assigned) and become the state. Only matching rows
 * come out, in input order. A bare declared column reads its default, as in Kusto.
 */
final class ScanLowering {
  private static final String STATE = "\"__scan_state\"";
  private static final String ROW = "\"__scan_row\"";
  private static final String MATCHED = "\"__scan_matched\"";

  private ScanLowering() {}

  /** The SQL that reads a declared column from the step's state. */
  static String state(SqlDialect dialect, String column) {
    return STATE + "." + stateColumn(dialect, column);
  }

  private static String stateColumn(SqlDialect dialect, String column) {
    return dialect.identifier("__state_" + column);
  }

  private static String outputColumn(SqlDialect dialect, String column) {
    return dialect.identifier("__out_" + column);
  }

  static Relation lower(
      LoweringContext context, Relation input, Operator.Scan scan, Expr.Pipe pipe) {
    if (scan.steps().size() != 1) {
      throw new LoweringException("scan runs only with one step locally", scan.span());
    }
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    ScanStep step = scan.steps().getFirst();

    Map<String, KqlType> declared = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (ScanDeclaration declaration : scan.declarations()) {
      KqlType type = KqlType.fromName(declaration.typeName().name()).orElse(KqlType.DYNAMIC);
      String name = declaration.name().name();
      declared.put(name, type);
      Optional<Expr> value = declaration.defaultValue();
      defaults.put(
          name,
          "CAST("
              + (value.isPresent()
                  ? Conversions.convert(
                      e.lower(value.get(), TabularLowering.NO_ROWS), e.typeOf(value.get()), type)
                  : "NULL")
              + " AS "
              + d.sqlType(type)
              + ")");
    }

    // The input numbered in order, with each declared column at its default (what a bare name
    // reads in a step).
    List<String> numberedItems = new ArrayList<>();
    List<ColumnSchema> numberedColumns = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      if (!declared.containsKey(column.name())) {
        numberedItems.add(d.identifier(column.name()));
        numberedColumns.add(column);
      }
    }
    for (Map.Entry<String, String> entry : defaults.entrySet()) {
      numberedItems.add(entry.getValue() + " AS " + d.identifier(entry.getKey()));
      numberedColumns.add(new ColumnSchema(entry.getKey(), declared.get(entry.getKey())));
    }
    numberedItems.add("row_number() OVER () AS " + ROW);
    Relation numbered =
        context.define(
            "SELECT " + String.join(", ", numberedItems) + " FROM " + input.name(),
            numberedColumns);

    Map<String, String> assigned = new LinkedHashMap<>();
    for (NamedExpr assignment : step.assignments()) {
      String name = assignment.names().getFirst().name();
      assigned.put(
          name,
          "CAST("
              + Conversions.convert(
                  e.lower(assignment.expr(), numbered),
                  e.typeOf(assignment.expr()),
                  declared.get(name))
              + " AS "
              + d.sqlType(declared.get(name))
              + ")");
    }
    String condition = "coalesce(" + e.lower(step.condition(), numbered) + ", FALSE)";

    List<String> header = new ArrayList<>(List.of(ROW));
    List<String> anchor = new ArrayList<>(List.of("CAST(0 AS BIGINT)"));
    List<String> recursive = new ArrayList<>(List.of(numbered.name() + "." + ROW));
    for (String name : declared.keySet()) {
      header.add(stateColumn(d, name));
      anchor.add(defaults.get(name));
      String value = assigned.getOrDefault(name, defaults.get(name));
      recursive.add(
          "CASE WHEN " + condition + " THEN " + value + " ELSE " + state(d, name) + " END");
    }
    header.add(MATCHED);
    anchor.add("FALSE");
    recursive.add(condition);
    for (String name : declared.keySet()) {
      header.add(outputColumn(d, name));
      anchor.add("CAST(NULL AS " + d.sqlType(declared.get(name)) + ")");
      recursive.add(assigned.getOrDefault(name, defaults.get(name)));
    }

    List<String> outputItems = new ArrayList<>();
    List<ColumnSchema> outputColumns = new ArrayList<>();
    for (ColumnSchema column : numberedColumns) {
      String value =
          declared.containsKey(column.name())
              ? "\"__scan\"." + outputColumn(d, column.name())
              : numbered.name() + "." + d.identifier(column.name());
      outputItems.add(value + " AS " + d.identifier(column.name()));
      outputColumns.add(column);
    }
    // Input columns first, then the declared ones, as the binder's row has them.
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    String sql =
        "WITH RECURSIVE \"__scan\"("
            + String.join(", ", header)
            + ") AS (SELECT "
            + String.join(", ", anchor)
            + " UNION ALL SELECT "
            + String.join(", ", recursive)
            + " FROM \"__scan\" "
            + STATE
            + " JOIN "
            + numbered.name()
            + " ON "
            + numbered.name()
            + "."
            + ROW
            + " = "
            + STATE
            + "."
            + ROW
            + " + 1) SELECT "
            + String.join(", ", outputItems)
            + " FROM \"__scan\" JOIN "
            + numbered.name()
            + " ON "
            + numbered.name()
            + "."
            + ROW
            + " = \"__scan\"."
            + ROW
            + " WHERE \"__scan\"."
            + MATCHED
            + " ORDER BY \"__scan\"."
            + ROW;
    return context.define(
        sql,
        bound.isPresent() && bound.get().size() == outputColumns.size()
            ? bound.get()
            : outputColumns);
  }
}
