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
