package io.huntbook.engine.sql;

import java.util.List;

/**
 * DuckDB macros behind KQL's series functions. A series is a {@code DOUBLE[]} with nulls for
 * missing values ({@code kql_series}); each macro works on that list, and a recursive filter
 * ({@code series_iir}) folds the output built so far with {@code list_reduce}.
 */
final class SeriesMacros {
  private SeriesMacros() {}

  static List<String> statements() {
    return List.of(
        macro(
            "kql_series(j)",
            "list_transform(kql_array_elements(j), element -> kql_dynamic_real(element))"),
        macro(
            "kql_series_missing(x, missing)",
            "CASE WHEN missing IS NULL THEN x"
                + " ELSE list_transform(x, v -> CASE WHEN v = missing THEN NULL ELSE v END) END"),
        macro(
            "kql_series_fill_forward(x)",
            "list_transform(range(1, len(x) + 1),"
                + " i -> list_last(list_filter(list_slice(x, 1, i), v -> v IS NOT NULL)))"),
        macro(
            "kql_series_fill_backward(x)",
            "list_transform(range(1, len(x) + 1),"
                + " i -> list_first(list_filter(list_slice(x, i, len(x)), v -> v IS NOT NULL)))"),
        macro(
            "kql_series_interpolate(x, i, p, n, edges)",
            "CASE WHEN x[i] IS NOT NULL THEN x[i]"
                + " WHEN p IS NOT NULL AND n IS NOT NULL THEN x[p] + (x[n] - x[p]) * (i - p) / (n - p)"
                + " WHEN edges THEN coalesce(x[p], x[n]) END"),
        macro(
            "kql_series_fill_linear(x, edges)",
            "list_transform(range(1, len(x) + 1), i -> kql_series_interpolate(x, i,"
                + " list_last(list_filter(range(1, i + 1), j -> x[j] IS NOT NULL)),"
                + " list_first(list_filter(range(i, len(x) + 1), j -> x[j] IS NOT NULL)), edges))"),
        macro("kql_series_present(x)", "list_filter(x, v -> v IS NOT NULL)"),
        macro(
            "kql_series_stats_dynamic(x)",
            "json_object('min', list_min(kql_series_present(x)),"
                + " 'min_idx', list_position(x, list_min(kql_series_present(x))) - 1,"
                + " 'max', list_max(kql_series_present(x)),"
                + " 'max_idx', list_position(x, list_max(kql_series_present(x))) - 1,"
                + " 'avg', list_avg(kql_series_present(x)),"
                + " 'stdev', coalesce(list_stddev_samp(kql_series_present(x)), 0.0),"
                + " 'variance', coalesce(list_var_samp(kql_series_present(x)), 0.0),"
                + " 'sum', coalesce(list_sum(kql_series_present(x)), 0.0),"
                + " 'len', len(kql_series_present(x)))"),
        // Sums over the points (i, x[i]) of a series, for the least-squares line.
        macro(
            "kql_series_rsquare(x, n, sx, sy, sxx, sxy, syy)",
            "power(n * sxy - sx * sy, 2) / ((n * sxx - sx * sx) * (n * syy - sy * sy))"),
        macro(
            "kql_series_fit_rsquare(x)",
            "kql_series_rsquare(x, len(x), len(x) * (len(x) - 1) / 2.0, list_sum(x),"
                + " (len(x) - 1) * len(x) * (2 * len(x) - 1) / 6.0,"
                + " list_sum(list_transform(range(len(x)), i -> i * x[i + 1])),"
                + " list_sum(list_transform(x, v -> v * v)))"),
        macro(
            "kql_series_pearson(a, b)",
            "(len(a) * list_sum(list_transform(range(1, len(a) + 1), i -> a[i] * b[i]))"
                + " - list_sum(a) * list_sum(b)) / sqrt((len(a) * list_sum(list_transform(a, v -> v * v))"
                + " - power(list_sum(a), 2)) * (len(b) * list_sum(list_transform(b, v -> v * v))"
                + " - power(list_sum(b), 2)))"),
        // y[n] = (sum of b[k] * x[n-k] - sum over k >= 1 of a[k] * y[n-k]) / a[0].
        macro(
            "kql_series_iir(x, b, a)",
            "list_reduce(list_transform(range(len(x)), i -> [CAST(i AS DOUBLE)]),"
                + " (acc, ignored) -> list_append(acc, (coalesce(list_sum(list_transform(range(len(b)),"
                + " k -> b[k + 1] * CASE WHEN len(acc) - k >= 0 THEN coalesce(x[len(acc) - k + 1], 0)"
                + " ELSE 0 END)), 0) - coalesce(list_sum(list_transform(range(1, len(a)),"
                + " k -> a[k + 1] * CASE WHEN len(acc) - k >= 0 THEN acc[len(acc) - k + 1]"
                + " ELSE 0 END)), 0)) / a[1]), CAST([] AS DOUBLE[]))"));
  }

  private static String macro(String signature, String body) {
    return "CREATE OR REPLACE MACRO " + signature + " AS " + body;
  }
}
