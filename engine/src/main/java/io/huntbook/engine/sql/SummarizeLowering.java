package io.huntbook.engine.sql;

import io.huntbook.kql.binder.FunctionSymbol;
import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code summarize}: the group keys first, then the aggregates, grouped by position. The input is
 * numbered first ({@link #ORDER}) so that order-sensitive aggregates ({@code make_list}, {@code
 * make_set}, {@code take_any}) see rows in their KQL order. {@code arg_max}/{@code arg_min} pick
 * one whole row as a struct so every returned column comes from the same row.
 */
final class SummarizeLowering {
  /** The row-number column added to a summarize's input. */
  static final String ORDER = "\"__ord\"";

  private SummarizeLowering() {}

  static Relation lower(
      LoweringContext context, Relation input, Operator.Summarize summarize, Expr.Pipe pipe) {
    Relation numbered = context.numbered(input);
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    List<String> items = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    List<String> keyNames = new ArrayList<>();
    // What the final projection takes from the grouped row: a column, or a field of a picked row.
    List<String> picks = new ArrayList<>();
    int position = 0;
    for (NamedExpr key : summarize.by()) {
      String name = first(context, key, "Column" + (++position));
      keyNames.add(name);
      items.add(e.lower(key.expr(), numbered) + " AS " + d.identifier(name));
      schema.add(new ColumnSchema(name, e.typeOf(key.expr())));
      picks.add(d.identifier(name));
    }
    for (NamedExpr aggregate : summarize.aggregates()) {
      List<String> names = context.bound.outputNames(aggregate);
      Optional<AggregateSignature> shape = multiColumn(context, aggregate.expr());
      if (shape.isPresent() && shape.get().shape() == AggregateSignature.Shape.ARG_EXTREME) {
        argExtreme(context, numbered, (Expr.Call) aggregate.expr(), names, items, schema, picks);
      } else if (shape.isPresent() && shape.get().shape() == AggregateSignature.Shape.PERCENTILES) {
        Expr.Call call = (Expr.Call) aggregate.expr();
        CallArguments arguments = new CallArguments(e, call, numbered);
        for (int i = 1; i < call.arguments().size(); i++) {
          String name = i - 1 < names.size() ? names.get(i - 1) : "percentile_" + i;
          items.add(AggregateTranslations.percentile(arguments, i) + " AS " + d.identifier(name));
          schema.add(new ColumnSchema(name, e.typeOf(call.arguments().get(0))));
          picks.add(d.identifier(name));
        }
      } else {
        String name = names.isEmpty() ? "Column" + (++position) : names.get(0);
        items.add(e.lower(aggregate.expr(), numbered) + " AS " + d.identifier(name));
        schema.add(new ColumnSchema(name, e.typeOf(aggregate.expr())));
        picks.add(d.identifier(name));
      }
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(String.join(", ", items)).append(" FROM ").append(numbered.name());
    if (!keyNames.isEmpty()) {
      List<String> positions = new ArrayList<>();
      for (int i = 1; i <= keyNames.size(); i++) {
        positions.add(Integer.toString(i));
      }
      sql.append(" GROUP BY ").append(String.join(", ", positions));
      // Groups come out in the order their first row came in, as in Kusto.
      sql.append(" ORDER BY min(").append(ORDER).append(")");
    }
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    List<ColumnSchema> columns =
        bound.isPresent() && bound.get().size() == schema.size() ? bound.get() : schema;
    Relation grouped = context.define(sql.toString(), columns);
    boolean picked = false;
    for (int i = 0; i < columns.size(); i++) {
      picked |= !picks.get(i).equals(d.identifier(schema.get(i).name()));
    }
    if (!picked) {
      return grouped;
    }
    List<String> projection = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      projection.add(picks.get(i) + " AS " + d.identifier(columns.get(i).name()));
    }
    return context.define(
        "SELECT " + String.join(", ", projection) + " FROM " + grouped.name(), columns);
  }

  private static String first(LoweringContext context, NamedExpr column, String fallback) {
    List<String> names = context.bound.outputNames(column);
    return names.isEmpty() ? fallback : names.get(0);
  }

  private static Optional<AggregateSignature> multiColumn(LoweringContext context, Expr expr) {
    if (expr instanceof Expr.Call call
        && context.bound.functionOf(call).orElse(null) instanceof FunctionSymbol.Aggregate a
        && a.signature().shape() != AggregateSignature.Shape.SINGLE
        && a.signature().shape() != AggregateSignature.Shape.PERCENTILE) {
      return Optional.of(a.signature());
    }
    return Optional.empty();
  }

  /**
   * {@code arg_max}/{@code arg_min}: one hidden column holds the picked row as a struct; the
   * projection after the grouping takes each output column from it.
   */
  private static void argExtreme(
      LoweringContext context,
      Relation input,
      Expr.Call call,
      List<String> names,
      List<String> items,
      List<ColumnSchema> schema,
      List<String> picks) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    String function = call.name().equals("arg_min") ? "arg_min" : "arg_max";
    Expr by = call.arguments().get(0);
    String byValue = e.lower(by, input);
    boolean star = call.arguments().stream().anyMatch(a -> a instanceof Expr.Star);
    List<String> fields = new ArrayList<>();
    List<ColumnSchema> columns = new ArrayList<>();
    fields.add("f0 := " + byValue);
    columns.add(new ColumnSchema(names.isEmpty() ? "Column1" : names.get(0), e.typeOf(by)));
    if (star) {
      for (int i = 1; i < names.size(); i++) {
        String name = names.get(i);
        Optional<ColumnSchema> source =
            input.columns().stream().filter(c -> c.name().equals(name)).findFirst();
        if (source.isEmpty()) {
          continue;
        }
        fields.add("f" + fields.size() + " := " + d.identifier(name));
        columns.add(source.get());
      }
    } else {
      for (int i = 1; i < call.arguments().size(); i++) {
        Expr argument = call.arguments().get(i);
        String name = i < names.size() ? names.get(i) : "Column" + i;
        fields.add("f" + fields.size() + " := " + e.lower(argument, input));
        columns.add(new ColumnSchema(name, e.typeOf(argument)));
      }
    }
    String row = "struct_pack(" + String.join(", ", fields) + ")";
    String hidden = context.freshName("picked");
    // When every by-value is null Kusto still returns a row: the first one.
    items.add(
        "coalesce("
            + function
            + "("
            + row
            + ", "
            + byValue
            + "), first("
            + row
            + " ORDER BY "
            + ORDER
            + ")) AS "
            + d.identifier(hidden));
    for (int i = 0; i < columns.size(); i++) {
      ColumnSchema column = columns.get(i);
      String value = d.identifier(hidden) + ".f" + i;
      if (column.type() == KqlType.STRING) {
        value = "coalesce(" + value + ", '')";
      }
      picks.add(value);
      schema.add(column);
    }
  }
}
