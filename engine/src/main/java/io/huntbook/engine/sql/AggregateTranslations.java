package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.types.KqlType;

/**
 * KQL aggregates as DuckDB aggregates. {@code make_list} and {@code make_set} keep first-seen order
 * by ordering on the input's row number ({@link SummarizeLowering#ORDER}); {@code dcount} is exact;
 * {@code percentile} is {@code quantile_disc}. Aggregates of several columns ({@code arg_max},
 * {@code percentiles}) are handled by {@link SummarizeLowering}.
 */
final class AggregateTranslations {
  private AggregateTranslations() {}

  static String lower(ExpressionLowering expressions, Expr.Call call, Relation input) {
    CallArguments a = new CallArguments(expressions, call, input);
    String order = " ORDER BY " + SummarizeLowering.ORDER;
    return switch (call.name()) {
      // count(x) counts rows, nulls included, as Kusto does.
      case "count" -> "count(*)";
      case "countif" -> "count(*) FILTER (WHERE " + a.sql(0) + ")";
      case "dcount", "count_distinct" -> "count(DISTINCT " + a.sql(0) + ")";
      case "dcountif", "count_distinctif" ->
          "count(DISTINCT " + a.sql(0) + ") FILTER (WHERE " + a.sql(1) + ")";
      case "sum" -> sum(a, "sum(" + a.sql(0) + ")");
      case "sumif" -> sum(a, "sum(" + a.sql(0) + ") FILTER (WHERE " + a.sql(1) + ")");
      case "avg" -> "avg(" + numeric(a) + ")";
      case "avgif" -> "avg(" + numeric(a) + ") FILTER (WHERE " + a.sql(1) + ")";
      case "min" -> "min(" + a.sql(0) + ")";
      case "max" -> "max(" + a.sql(0) + ")";
      case "minif" -> "min(" + a.sql(0) + ") FILTER (WHERE " + a.sql(1) + ")";
      case "maxif" -> "max(" + a.sql(0) + ") FILTER (WHERE " + a.sql(1) + ")";
      case "stdev" -> spread("stddev_samp(" + numeric(a) + ")");
      case "stdevp" -> spread("stddev_pop(" + numeric(a) + ")");
      case "variance" -> spread("var_samp(" + numeric(a) + ")");
      case "variancep" -> spread("var_pop(" + numeric(a) + ")");
      case "stdevif" -> spread("stddev_samp(" + numeric(a) + ") FILTER (WHERE " + a.sql(1) + ")");
      case "varianceif" -> spread("var_samp(" + numeric(a) + ") FILTER (WHERE " + a.sql(1) + ")");
      case "take_any", "any" ->
          a.expr(0) instanceof Expr.Star ? "count(*)" : "first(" + a.sql(0) + order + ")";
      case "take_anyif" -> "first(" + a.sql(0) + order + ") FILTER (WHERE " + a.sql(1) + ")";
      case "make_list", "make_list_with_nulls" ->
          list(a, null, false, call.name().endsWith("nulls"));
      case "make_list_if" -> list(a, a.sql(1), false, false);
      case "make_set" -> list(a, null, true, false);
      case "make_set_if" -> list(a, a.sql(1), true, false);
      case "make_bag" -> bag(a, null);
      case "make_bag_if" -> bag(a, a.sql(1));
      case "percentile" -> percentile(a, 1);
      case "hll", "hll_merge", "tdigest" ->
          throw a.unsupported("is not supported by the local engine");
      default ->
          throw new LoweringException(
              "the aggregate " + call.name() + "() is not supported by the local engine",
              call.span());
    };
  }

  private static String numeric(CallArguments a) {
    KqlType type = a.type(0);
    return type == KqlType.DYNAMIC || type == KqlType.BOOL ? a.as(0, KqlType.REAL) : a.sql(0);
  }

  /** Kusto's sum of no rows is 0 for numbers; DuckDB's is null. */
  private static String sum(CallArguments a, String aggregate) {
    KqlType type = a.type(0);
    if (type == KqlType.DYNAMIC) {
      aggregate = aggregate.replace(a.sql(0), a.as(0, KqlType.REAL));
    }
    return "coalesce(" + aggregate + ", 0)";
  }

  /** One value has no spread: Kusto says 0 where DuckDB's sample statistics say null. */
  private static String spread(String aggregate) {
    return "coalesce(" + aggregate + ", 0.0)";
  }

  static String percentile(CallArguments a, int index) {
    String fraction = "(" + a.sql(index) + ") / 100.0";
    return "quantile_disc(" + a.sql(0) + ", " + fraction + ")";
  }

  /**
   * make_list and make_set: scalars skip nulls; dynamic values keep them and an array contributes
   * its elements, as Kusto does.
   */
  private static String list(CallArguments a, String condition, boolean distinct, boolean nulls) {
    boolean dynamic = a.type(0) == KqlType.DYNAMIC;
    String value = a.dynamic(0);
    String filter = nulls || dynamic ? "" : a.sql(0) + " IS NOT NULL";
    if (condition != null) {
      filter = filter.isEmpty() ? condition : filter + " AND (" + condition + ")";
    }
    String item =
        dynamic
            ? "CASE WHEN json_type("
                + value
                + ") = 'ARRAY' THEN kql_json_elements("
                + value
                + ") ELSE ["
                + value
                + "] END"
            : value;
    String list =
        "list("
            + item
            + " ORDER BY "
            + SummarizeLowering.ORDER
            + ")"
            + (filter.isEmpty() ? "" : " FILTER (WHERE " + filter + ")");
    if (dynamic) {
      list = "flatten(" + list + ")";
    }
    if (distinct) {
      list = "kql_distinct_in_order(" + list + ")";
    }
    if (a.count() > (condition == null ? 1 : 2)) {
      list = "list_slice(" + list + ", 1, " + a.sql(a.count() - 1) + ")";
    }
    return "coalesce(to_json(" + list + "), CAST('[]' AS JSON))";
  }

  private static String bag(CallArguments a, String condition) {
    String value = a.dynamic(0);
    String filter = "json_type(" + value + ") = 'OBJECT'";
    if (condition != null) {
      filter += " AND (" + condition + ")";
    }
    return "coalesce(list_reduce(list("
        + value
        + " ORDER BY "
        + SummarizeLowering.ORDER
        + ") FILTER (WHERE "
        + filter
        + "), (merged_bag, next_bag) -> kql_bag_merge(merged_bag, next_bag)), CAST('{}' AS JSON))";
  }
}
