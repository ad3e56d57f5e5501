package io.huntbook.engine.sql;

import io.huntbook.kql.types.KqlType;
import java.util.Map;
import java.util.function.Function;

/**
 * KQL's series functions over the dynamic arrays make-series builds: filling missing values,
 * statistics, the least-squares line, correlation and the IIR filter. Their results are reals, as
 * in Kusto; the single-value forms of {@code series_stats} and {@code series_fit_line} give the
 * first of the values Kusto returns (the minimum, the r-square).
 */
final class SeriesFunctions {
  private SeriesFunctions() {}

  static void register(Map<String, Function<CallArguments, String>> m) {
    elementWise(m);
    m.put("series_fill_forward", a -> json("kql_series_fill_forward(" + withMissing(a, 1) + ")"));
    m.put("series_fill_backward", a -> json("kql_series_fill_backward(" + withMissing(a, 1) + ")"));
    m.put(
        "series_fill_const",
        a ->
            json(
                "list_transform("
                    + withMissing(a, 2)
                    + ", v -> coalesce(v, "
                    + a.as(1, KqlType.REAL)
                    + "))"));
    m.put(
        "series_fill_linear",
        a ->
            json(
                "kql_series_fill_linear("
                    + withMissing(a, 1)
                    + ", "
                    + (a.count() > 2 ? a.sql(2) : "TRUE")
                    + ")"));
    m.put("series_stats_dynamic", a -> "kql_series_stats_dynamic(" + series(a, 0) + ")");
    m.put("series_stats", a -> "list_min(kql_series_present(" + series(a, 0) + "))");
    m.put("series_fit_line", a -> "kql_series_fit_rsquare(" + series(a, 0) + ")");
    m.put(
        "series_pearson_correlation",
        a -> "kql_series_pearson(" + series(a, 0) + ", " + series(a, 1) + ")");
    m.put(
        "series_iir",
        a ->
            json(
                "kql_series_iir("
                    + series(a, 0)
                    + ", "
                    + series(a, 1)
                    + ", "
                    + series(a, 2)
                    + ")"));
  }

  /**
   * Element-wise arithmetic and comparisons: each operand a series or a number. A division by zero
   * gives null, which keeps the array valid JSON.
   */
  private static void elementWise(Map<String, Function<CallArguments, String>> m) {
    Map<String, String> binary =
        Map.of(
            "series_add", "{l} + {r}",
            "series_subtract", "{l} - {r}",
            "series_multiply", "{l} * {r}",
            "series_divide", "CASE WHEN {r} <> 0 THEN {l} / {r} END",
            "series_pow", "pow({l}, {r})",
            "series_greater", "{l} > {r}",
            "series_greater_equals", "{l} >= {r}",
            "series_less", "{l} < {r}",
            "series_less_equals", "{l} <= {r}",
            "series_equals", "{l} = {r}");
    binary.forEach((name, operation) -> m.put(name, a -> json(combine(a, operation))));
    m.put("series_not_equals", a -> json(combine(a, "{l} <> {r}")));
    Map<String, String> unary =
        Map.of(
            "series_abs", "abs(v)",
            "series_sign", "sign(v)",
            "series_floor", "floor(v)",
            "series_ceiling", "ceil(v)",
            "series_exp", "exp(v)",
            "series_log", "CASE WHEN v > 0 THEN ln(v) END",
            "series_negate", "-v");
    unary.forEach(
        (name, operation) ->
            m.put(name, a -> json("list_transform(" + series(a, 0) + ", v -> " + operation + ")")));
  }

  /** Two operands element by element; the shorter series (or a number) gives null past its end. */
  private static String combine(CallArguments a, String operation) {
    String left = operand(a, 0);
    String right = operand(a, 1);
    String length =
        a.type(0) == KqlType.DYNAMIC && a.type(1) == KqlType.DYNAMIC
            ? "greatest(len(" + left + "), len(" + right + "))"
            : a.type(0) == KqlType.DYNAMIC ? "len(" + left + ")" : "len(" + right + ")";
    String l = a.type(0) == KqlType.DYNAMIC ? left + "[i]" : left;
    String r = a.type(1) == KqlType.DYNAMIC ? right + "[i]" : right;
    return "list_transform(range(1, "
        + length
        + " + 1), i -> "
        + operation.replace("{l}", "(" + l + ")").replace("{r}", "(" + r + ")")
        + ")";
  }

  private static String operand(CallArguments a, int index) {
    return a.type(index) == KqlType.DYNAMIC ? series(a, index) : a.as(index, KqlType.REAL);
  }

  private static String series(CallArguments a, int index) {
    return "kql_series(" + a.dynamic(index) + ")";
  }

  /** The series with the values equal to the optional placeholder argument made missing. */
  private static String withMissing(CallArguments a, int placeholder) {
    if (a.count() <= placeholder) {
      return series(a, 0);
    }
    return "kql_series_missing(" + series(a, 0) + ", " + a.as(placeholder, KqlType.REAL) + ")";
  }

  private static String json(String list) {
    return "to_json(" + list + ")";
  }
}
