package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.SeriesAggregate;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code make-series} in five steps: the bounds (given, or the bins of the smallest and largest
 * axis value), the rows numbered by bin (rows outside {@code [from, to)} dropped), one aggregate
 * row per group and bin, the groups, and finally every group crossed with every bin, an empty bin
 * taking the default, gathered into arrays in bin order. The axis is computed on a number line:
 * ticks for datetimes and timespans, the value itself for numbers.
 */
final class MakeSeriesLowering {
  private static final String START = "\"__start\"";
  private static final String STOP = "\"__stop\"";
  private static final String STEP = "\"__step\"";
  private static final String COUNT = "\"__count\"";
  private static final String BIN = "\"__bin\"";

  private MakeSeriesLowering() {}

  static Relation lower(
      LoweringContext context, Relation input, Operator.MakeSeries series, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    KqlType axisType = e.typeOf(series.axis());
    boolean ticks = axisType == KqlType.DATETIME || axisType == KqlType.TIMESPAN;
    boolean integral = ticks || (axisType.isIntegral() && e.typeOf(series.step()).isIntegral());
    String axis = number(e.lower(series.axis(), input), axisType, integral);
    String step =
        ticks
            ? "CAST(" + e.lower(series.step(), input) + " AS BIGINT)"
            : number(e.lower(series.step(), input), e.typeOf(series.step()), integral);

    String start =
        series
            .from()
            .map(f -> number(e.lower(f, TabularLowering.NO_ROWS), axisType, integral))
            .orElse(floor("\"__low\"", STEP, integral) + " * " + STEP);
    String stop =
        series
            .to()
            .map(t -> number(e.lower(t, TabularLowering.NO_ROWS), axisType, integral))
            .orElse(floor("\"__high\"", STEP, integral) + " * " + STEP + " + " + STEP);
    Relation extent =
        context.define(
            "SELECT min("
                + axis
                + ") AS \"__low\", max("
                + axis
                + ") AS \"__high\", "
                + step
                + " AS "
                + STEP
                + " FROM "
                + input.name(),
            List.of());
    String count =
        integral
            ? "kql_floor_div(" + STOP + " - " + START + " + " + STEP + " - 1, " + STEP + ")"
            : "CAST(ceil((" + STOP + " - " + START + ") / " + STEP + ") AS BIGINT)";
    Relation bounds =
        context.define(
            "SELECT "
                + start
                + " AS "
                + START
                + ", "
                + stop
                + " AS "
                + STOP
                + ", "
                + STEP
                + " FROM "
                + extent.name(),
            List.of());
    Relation parameters =
        context.define(
            "SELECT *, greatest(coalesce("
                + count
                + ", 0), 0) AS "
                + COUNT
                + " FROM "
                + bounds.name(),
            List.of());

    Relation binned =
        context.define(
            "SELECT "
                + input.name()
                + ".*, row_number() OVER () AS "
                + SummarizeLowering.ORDER
                + ", "
                + floor("(" + axis + " - " + START + ")", STEP, integral)
                + " AS "
                + BIN
                + " FROM "
                + input.name()
                + " CROSS JOIN "
                + parameters.name()
                + " WHERE "
                + axis
                + " >= "
                + START
                + " AND "
                + axis
                + " < "
                + STOP,
            input.columns());

    List<ColumnSchema> output = context.outputOf(pipe, "make-series");
    List<String> keys = new ArrayList<>();
    List<String> grouped = new ArrayList<>();
    List<ColumnSchema> keyColumns = new ArrayList<>();
    for (int i = 0; i < series.by().size(); i++) {
      NamedExpr key = series.by().get(i);
      ColumnSchema column = output.get(i);
      keys.add(d.identifier(column.name()));
      keyColumns.add(column);
      grouped.add(e.lower(key.expr(), binned) + " AS " + d.identifier(column.name()));
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < series.aggregates().size(); i++) {
      values.add(
          e.lower(series.aggregates().get(i).aggregate().expr(), binned) + " AS " + value(i));
    }
    List<String> groupBy = new ArrayList<>();
    for (int i = 1; i <= keys.size() + 1; i++) {
      groupBy.add(Integer.toString(i));
    }
    List<String> items = new ArrayList<>(grouped);
    items.add(BIN);
    items.addAll(values);
    items.add("min(" + SummarizeLowering.ORDER + ") AS \"__first\"");
    Relation aggregated =
        context.define(
            "SELECT "
                + String.join(", ", items)
                + " FROM "
                + binned.name()
                + " GROUP BY "
                + String.join(", ", groupBy),
            keyColumns);

    boolean nonEmpty =
        OperatorLowering.option(series.options(), "kind").filter("nonempty"::equals).isPresent();
    Relation groups;
    if (keys.isEmpty()) {
      groups =
          context.define(
              nonEmpty
                  ? "SELECT 1 AS \"__group\""
                  : "SELECT 1 AS \"__group\" FROM " + aggregated.name() + " LIMIT 1",
              List.of());
    } else {
      groups =
          context.define(
              "SELECT "
                  + String.join(", ", keys)
                  + " FROM "
                  + aggregated.name()
                  + " GROUP BY "
                  + String.join(", ", keys)
                  + " ORDER BY min(\"__first\")",
              keyColumns);
    }

    List<String> select = new ArrayList<>();
    List<String> on = new ArrayList<>();
    on.add("a." + BIN + " = b." + BIN);
    for (String key : keys) {
      select.add("g." + key + " AS " + key);
      on.add("a." + key + " IS NOT DISTINCT FROM g." + key);
    }
    int position = keys.size();
    for (int i = 0; i < series.aggregates().size(); i++) {
      SeriesAggregate aggregate = series.aggregates().get(i);
      KqlType type = e.typeOf(aggregate.aggregate().expr());
      String element =
          "coalesce(a." + value(i) + ", " + defaultValue(context, aggregate, type) + ")";
      if (type.isIntegral()) {
        // Kusto's long series hold 0, not null, where the default is a null long.
        element = "coalesce(" + element + ", 0)";
      }
      select.add(array(Conversions.toDynamic(element, type), output.get(position++).name(), d));
    }
    KqlType axisOut = ticks ? axisType : integral ? KqlType.LONG : KqlType.REAL;
    String axisValue = "b." + START + " + b." + BIN + " * b." + STEP;
    if (axisType == KqlType.DATETIME) {
      axisValue = "kql_datetime_of_ticks(" + axisValue + ")";
    }
    select.add(array(Conversions.toDynamic(axisValue, axisOut), output.get(position).name(), d));
    String sql =
        "SELECT "
            + String.join(", ", select)
            + " FROM "
            + groups.name()
            + " g CROSS JOIN (SELECT "
            + START
            + ", "
            + STEP
            + ", unnest(range(0, "
            + COUNT
            + ")) AS "
            + BIN
            + " FROM "
            + parameters.name()
            + ") b LEFT JOIN "
            + aggregated.name()
            + " a ON "
            + String.join(" AND ", on)
            + " GROUP BY "
            + (keys.isEmpty() ? "g.\"__group\"" : String.join(", ", prefixed(keys)))
            + (keys.isEmpty() ? "" : " ORDER BY min(a.\"__first\")");
    return context.define(sql, output);
  }

  private static String value(int index) {
    return "\"__value" + index + "\"";
  }

  private static List<String> prefixed(List<String> keys) {
    return keys.stream().map(k -> "g." + k).toList();
  }

  private static String array(String element, String name, SqlDialect d) {
    return "to_json(list(" + element + " ORDER BY b." + BIN + ")) AS " + d.identifier(name);
  }

  /** The value of a bin no row fell into: the given default, or 0. */
  private static String defaultValue(
      LoweringContext context, SeriesAggregate aggregate, KqlType type) {
    Optional<Expr> given = aggregate.defaultValue();
    if (given.isEmpty()) {
      return type.isNumeric()
          ? Conversions.convert("0", KqlType.LONG, type)
          : context.dialect.nullOf(type);
    }
    ExpressionLowering e = context.expressions;
    return Conversions.convert(
        e.lower(given.get(), TabularLowering.NO_ROWS), e.typeOf(given.get()), type);
  }

  /** The axis as a point on a number line: ticks, a BIGINT or a DOUBLE. */
  private static String number(String sql, KqlType type, boolean integral) {
    return switch (type) {
      case DATETIME -> "kql_ticks_of_datetime(" + sql + ")";
      case TIMESPAN -> "CAST(" + sql + " AS BIGINT)";
      default -> "CAST(" + sql + (integral ? " AS BIGINT)" : " AS DOUBLE)");
    };
  }

  private static String floor(String value, String step, boolean integral) {
    return integral
        ? "kql_floor_div(" + value + ", " + step + ")"
        : "CAST(floor(" + value + " / " + step + ") AS BIGINT)";
  }
}
