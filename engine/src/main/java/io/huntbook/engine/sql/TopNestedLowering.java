package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.SortKey;
import io.huntbook.kql.syntax.TopNestedLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code top-nested}: level by level, the input grouped by the values of this level and every level
 * before it, joined to the groups the level before kept, and ranked within them by the level's
 * aggregate (descending unless asked otherwise); a level with a count keeps that many. Ties go to
 * the value seen first.
 */
final class TopNestedLowering {
  private static final String FIRST = "\"__first\"";
  private static final String RANK = "\"__rank\"";

  private TopNestedLowering() {}

  private static String valueColumn(int level) {
    return "\"__value" + level + "\"";
  }

  private static String aggregateColumn(int level) {
    return "\"__aggregate" + level + "\"";
  }

  static Relation lower(
      LoweringContext context, Relation input, Operator.TopNested topNested, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    List<ColumnSchema> output = context.outputOf(pipe, "top-nested");
    Relation numbered = context.numbered(input);
    Relation kept = null;
    List<String> values = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (int level = 0; level < topNested.levels().size(); level++) {
      TopNestedLevel current = topNested.levels().get(level);
      // Positional names inside: DuckDB matches names without regard to case, KQL does not.
      String value = valueColumn(level);
      String aggregate = aggregateColumn(level);
      List<String> items = new ArrayList<>();
      for (int i = 0; i <= level; i++) {
        items.add(
            e.lower(topNested.levels().get(i).of().expr(), numbered) + " AS " + valueColumn(i));
      }
      items.add(e.lower(current.aggregate().expr(), numbered) + " AS " + aggregate);
      items.add("min(" + SummarizeLowering.ORDER + ") AS " + FIRST);
      List<String> positions = new ArrayList<>();
      for (int i = 1; i <= level + 1; i++) {
        positions.add(Integer.toString(i));
      }
      Relation grouped =
          context.define(
              "SELECT "
                  + String.join(", ", items)
                  + " FROM "
                  + numbered.name()
                  + " GROUP BY "
                  + String.join(", ", positions),
              List.of());
      Relation joined;
      if (kept == null) {
        joined = grouped;
      } else {
        List<String> on = new ArrayList<>();
        for (String parent : values) {
          on.add("p." + parent + " IS NOT DISTINCT FROM l." + parent);
        }
        joined =
            context.define(
                "SELECT p.* EXCLUDE ("
                    + FIRST
                    + "), l."
                    + value
                    + ", l."
                    + aggregate
                    + ", l."
                    + FIRST
                    + " FROM "
                    + kept.name()
                    + " p JOIN "
                    + grouped.name()
                    + " l ON "
                    + String.join(" AND ", on),
                List.of());
      }
      boolean ascending =
          current.direction().orElse(SortKey.Direction.DESC) == SortKey.Direction.ASC;
      String direction = ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST";
      String ranking =
          "row_number() OVER ("
              + (values.isEmpty() ? "" : "PARTITION BY " + String.join(", ", values) + " ")
              + "ORDER BY "
              + aggregate
              + direction
              + ", "
              + FIRST
              + " ASC)";
      String limit =
          current
              .count()
              .map(c -> " WHERE " + RANK + " <= " + e.lower(c, TabularLowering.NO_ROWS))
              .orElse("");
      kept =
          context.define(
              "SELECT * EXCLUDE ("
                  + RANK
                  + ") FROM (SELECT *, "
                  + ranking
                  + " AS "
                  + RANK
                  + " FROM "
                  + joined.name()
                  + ")"
                  + limit,
              List.of());
      values.add(value);
      order.add(aggregate + direction);
    }
    // DuckDB matches names without regard to case: when two output names differ only in case
    // ("sub", "Sub") the positional names stay, and the query's result takes KQL's names by
    // position.
    boolean clash =
        output.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).distinct().count()
            < output.size();
    List<String> columns = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    for (int i = 0; i < output.size(); i++) {
      String internal = i % 2 == 0 ? valueColumn(i / 2) : aggregateColumn(i / 2);
      String name = clash ? internal.replace("\"", "") : output.get(i).name();
      columns.add(internal + " AS " + d.identifier(name));
      schema.add(new ColumnSchema(name, output.get(i).type()));
    }
    return context.define(
        "SELECT "
            + String.join(", ", columns)
            + " FROM "
            + kept.name()
            + " ORDER BY "
            + String.join(", ", order),
        schema);
  }

  /**
   * {@code top-hitters}: an exact count (or sum) by value, the largest first; between equal ones
   * the value seen last wins, as in Kusto's answers.
   */
  static Relation hitters(
      LoweringContext context, Relation input, Operator.TopHitters hitters, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    List<ColumnSchema> output = context.outputOf(pipe, "top-hitters");
    Relation numbered = context.numbered(input);
    String amount =
        hitters.by().isPresent()
            ? "coalesce(sum(" + e.lower(hitters.by().get(), numbered) + "), 0)"
            : "count(*)";
    Relation ranked =
        context.define(
            "SELECT "
                + e.lower(hitters.of(), numbered)
                + " AS "
                + valueColumn(0)
                + ", "
                + amount
                + " AS "
                + aggregateColumn(0)
                + " FROM "
                + numbered.name()
                + " GROUP BY 1 ORDER BY 2 DESC, max("
                + SummarizeLowering.ORDER
                + ") DESC LIMIT "
                + e.lower(hitters.count(), TabularLowering.NO_ROWS),
            List.of());
    return context.define(
        "SELECT "
            + valueColumn(0)
            + " AS "
            + d.identifier(output.get(0).name())
            + ", "
            + aggregateColumn(0)
            + " AS "
            + d.identifier(output.get(1).name())
            + " FROM "
            + ranked.name(),
        output);
  }
}
