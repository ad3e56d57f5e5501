package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code partition by column (operators)}: one outer row per value of the column, in the order the
 * values first come; the operators are lowered into a {@code LATERAL} join's own {@code WITH}, the
 * first step keeping the rows of that value alone.
 */
final class PartitionLowering {
  private static final String OUTER = "\"__partition\"";
  private static final String KEY = "\"__partition_key\"";

  private PartitionLowering() {}

  static Relation lower(
      LoweringContext context, Relation input, Operator.Partition partition, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    String key = context.expressions.lower(partition.by(), input);
    Relation keys =
        context.define(
            "SELECT "
                + key
                + " AS "
                + KEY
                + ", min(\"__row\") AS \"__partition_first\" FROM (SELECT *, row_number() OVER ()"
                + " AS \"__row\" FROM "
                + input.name()
                + ") GROUP BY 1",
            List.of());
    int mark = context.cteMark();
    Relation current =
        context.define(
            "SELECT * FROM "
                + input.name()
                + " WHERE "
                + key
                + " IS NOT DISTINCT FROM "
                + OUTER
                + "."
                + KEY,
            input.columns());
    OperatorLowering operators = new OperatorLowering(context);
    for (Operator operator : partition.body()) {
      current =
          operators.apply(
              current,
              operator,
              new Expr.Pipe(new Expr.Missing(partition.span()), operator, operator.span()));
    }
    List<String> body = context.takeCtes(mark);
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    List<ColumnSchema> output =
        bound.isPresent() && bound.get().size() == current.columns().size()
            ? bound.get()
            : current.columns();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < output.size(); i++) {
      items.add(
          "\"__inner\"."
              + d.identifier(current.columns().get(i).name())
              + " AS "
              + d.identifier(output.get(i).name()));
    }
    return context.define(
        "SELECT "
            + String.join(", ", items)
            + " FROM "
            + keys.name()
            + " "
            + OUTER
            + ", LATERAL (WITH "
            + String.join(", ", body)
            + " SELECT *, row_number() OVER () AS \"__partition_order\" FROM "
            + current.name()
            + ") \"__inner\" ORDER BY "
            + OUTER
            + ".\"__partition_first\", \"__inner\".\"__partition_order\"",
        output);
  }
}
