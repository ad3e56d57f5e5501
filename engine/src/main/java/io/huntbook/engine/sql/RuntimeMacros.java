package io.huntbook.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The KQL runtime installed into DuckDB as macros before the connection is locked: term matching,
 * epoch-based binning, tick arithmetic, and the text forms of datetimes, timespans and dynamic
 * values. The lowering calls these by name; every macro is named {@code kql_…} so it cannot clash
 * with a DuckDB function.
 */
public final class RuntimeMacros {
  private static final String NOT_TERM = "[^\\pL\\pN]";

  private RuntimeMacros() {}

  /** The {@code CREATE MACRO} statements, in dependency order. */
  public static List<String> statements() {
    List<String> all = new ArrayList<>(core());
    all.addAll(SeriesMacros.statements());
    return List.copyOf(all);
  }

  private static List<String> core() {
    return List.of(
        // Terms are maximal runs of letters and digits; a needle matches whole terms.
        macro(
            "kql_has(s, t)",
            "t = '' OR regexp_matches(s, '(?i)(^|"
                + NOT_TERM
                + ")' || regexp_escape(t) || '("
                + NOT_TERM
                + "|$)')"),
        macro(
            "kql_has_cs(s, t)",
            "t = '' OR regexp_matches(s, '(^|"
                + NOT_TERM
                + ")' || regexp_escape(t) || '("
                + NOT_TERM
                + "|$)')"),
        macro(
            "kql_hasprefix(s, t)",
            "t = '' OR regexp_matches(s, '(?i)(^|" + NOT_TERM + ")' || regexp_escape(t))"),
        macro(
            "kql_hasprefix_cs(s, t)",
            "t = '' OR regexp_matches(s, '(^|" + NOT_TERM + ")' || regexp_escape(t))"),
        macro(
            "kql_hassuffix(s, t)",
            "t = '' OR regexp_matches(s, '(?i)' || regexp_escape(t) || '(" + NOT_TERM + "|$)')"),
        macro(
            "kql_hassuffix_cs(s, t)",
            "t = '' OR regexp_matches(s, regexp_escape(t) || '(" + NOT_TERM + "|$)')"),
        // Floor division for any sign: bin() and floor() round toward negative infinity.
        macro(
            "kql_floor_div(x, y)",
            "CASE WHEN y = 0 THEN NULL ELSE (x // y) - CASE WHEN (x % y) <> 0 AND ((x < 0) <> (y < 0)) THEN 1 ELSE 0 END END"),
        macro("kql_bin_long(x, step)", "kql_floor_div(x, step) * step"),
        macro(
            "kql_bin_real(x, step)",
            "CASE WHEN step = 0 THEN NULL ELSE floor(x / step) * step END"),
        // Kusto counts ticks from 0001-01-01; bin() floors on that scale.
        macro(
            "kql_datetime_of_ticks(ticks)",
            "CASE WHEN ticks BETWEEN 529122247631452243 AND 713589688368547757"
                + " THEN make_timestamp_ns((ticks - 621355968000000000) * 100) END"),
        macro("kql_ticks_of_datetime(t)", "kql_floor_div(epoch_ns(t), 100) + 621355968000000000"),
        macro(
            "kql_bin_datetime(t, step)",
            "kql_datetime_of_ticks(kql_floor_div(kql_ticks_of_datetime(t), step) * step)"),
        macro(
            "kql_bin_datetime_at(t, step, origin)",
            "kql_datetime_of_ticks(kql_floor_div(kql_ticks_of_datetime(t) - kql_ticks_of_datetime(origin), step) * step + kql_ticks_of_datetime(origin))"),
        macro("kql_datetime_add_ticks(t, ticks)", "make_timestamp_ns(epoch_ns(t) + ticks * 100)"),
        macro("kql_datetime_diff_ticks(a, b)", "kql_floor_div(epoch_ns(a) - epoch_ns(b), 100)"),
        // Calendar arithmetic runs on microseconds; the ticks below a microsecond are kept.
        macro(
            "kql_datetime_add_interval(t, i)",
            "make_timestamp_ns(epoch_ns(CAST(CAST(t AS TIMESTAMP) + i AS TIMESTAMP))"
                + " + (epoch_ns(t) - kql_floor_div(epoch_ns(t), 1000) * 1000))"),
        macro("kql_two_digits(n)", "lpad(CAST(n AS VARCHAR), 2, '0')"),
        // [-][d.]hh:mm:ss[.fffffff], the text form of a timespan.
        macro(
            "kql_timespan_text(ticks)",
            "CASE WHEN ticks IS NULL THEN NULL ELSE"
                + " (CASE WHEN ticks < 0 THEN '-' ELSE '' END)"
                + " || (CASE WHEN abs(ticks) >= 864000000000 THEN CAST(abs(ticks) // 864000000000 AS VARCHAR) || '.' ELSE '' END)"
                + " || kql_two_digits((abs(ticks) // 36000000000) % 24) || ':'"
                + " || kql_two_digits((abs(ticks) // 600000000) % 60) || ':'"
                + " || kql_two_digits((abs(ticks) // 10000000) % 60)"
                + " || (CASE WHEN abs(ticks) % 10000000 <> 0 THEN '.' || lpad(CAST(abs(ticks) % 10000000 AS VARCHAR), 7, '0') ELSE '' END)"
                + " END"),
        // ISO 8601 with seven fractional digits, as Kusto prints a datetime.
        macro(
            "kql_datetime_text(t)",
            "CASE WHEN t IS NULL THEN NULL ELSE strftime(t, '%Y-%m-%dT%H:%M:%S.')"
                + " || substr(strftime(CAST(t AS TIMESTAMP_NS), '%n'), 1, 7) || 'Z' END"),
        macro(
            "kql_timespan_of_text(s)",
            "CASE WHEN regexp_matches(s, '^\\s*-?(\\d+\\.)?\\d+:\\d+(:\\d+(\\.\\d+)?)?\\s*$') THEN"
                + " (CASE WHEN regexp_matches(s, '^\\s*-') THEN -1 ELSE 1 END) * ("
                + " coalesce(TRY_CAST(regexp_extract(s, '(\\d+)\\.\\d+:', 1) AS BIGINT), 0) * 864000000000"
                + " + TRY_CAST(regexp_extract(s, '(\\d+):\\d+', 1) AS BIGINT) * 36000000000"
                + " + TRY_CAST(regexp_extract(s, ':(\\d+)', 1) AS BIGINT) * 600000000"
                + " + coalesce(TRY_CAST(regexp_extract(s, ':\\d+:(\\d+)', 1) AS BIGINT), 0) * 10000000"
                + " + coalesce(TRY_CAST(rpad(regexp_extract(s, ':\\d+:\\d+\\.(\\d+)', 1), 7, '0') AS BIGINT), 0))"
                + " WHEN regexp_matches(s, '^\\s*-?\\d+(\\.\\d+)?\\s*(d|h|m|s|ms)\\s*$') THEN"
                + " CAST(CAST(regexp_extract(s, '(-?\\d+(\\.\\d+)?)', 1) AS DOUBLE) * CASE"
                + " regexp_extract(s, '(d|h|ms|m|s)\\s*$', 1) WHEN 'd' THEN 864000000000 WHEN 'h'"
                + " THEN 36000000000 WHEN 'm' THEN 600000000 WHEN 's' THEN 10000000 ELSE 10000 END"
                + " AS BIGINT) ELSE NULL END"),
        // The text of a dynamic value: a JSON string gives its bare text, null gives ''.
        macro(
            "kql_dynamic_text(j)",
            "CASE WHEN j IS NULL OR json_type(j) = 'NULL' THEN ''"
                + " WHEN json_type(j) = 'VARCHAR' THEN json_extract_string(j, '$')"
                + " ELSE CAST(j AS VARCHAR) END"),
        macro(
            "kql_real_text(x)",
            "CASE WHEN x IS NULL THEN '' WHEN isnan(x) THEN 'NaN' WHEN isinf(x) AND x > 0 THEN 'Infinity'"
                + " WHEN isinf(x) THEN '-Infinity'"
                + " WHEN x = trunc(x) AND abs(x) < 1e15 THEN CAST(CAST(x AS BIGINT) AS VARCHAR)"
                + " ELSE CAST(x AS VARCHAR) END"),
        macro(
            "kql_dynamic_scalar(j)",
            "CASE WHEN j IS NULL OR json_type(j) IN ('NULL', 'ARRAY', 'OBJECT') THEN NULL"
                + " ELSE json_extract_string(j, '$') END"),
        macro(
            "kql_dynamic_bool(j)",
            "CASE WHEN json_type(j) = 'BOOLEAN' THEN CAST(json_extract_string(j, '$') AS BOOLEAN)"
                + " WHEN json_type(j) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(json_extract_string(j, '$') AS DOUBLE) <> 0"
                + " WHEN json_type(j) = 'VARCHAR' THEN TRY_CAST(json_extract_string(j, '$') AS BOOLEAN)"
                + " ELSE NULL END"),
        macro(
            "kql_parse_json(s)",
            "CASE WHEN s IS NULL OR trim(s) = '' THEN NULL WHEN json_valid(s) THEN CAST(s AS JSON)"
                + " ELSE to_json(s) END"),
        // d[i]: a missing index is null, a negative one counts from the end.
        macro(
            "kql_json_index(j, i)",
            "json_extract(j, '$[' || CASE WHEN i < 0 THEN '#' || CAST(i AS VARCHAR)"
                + " ELSE CAST(i AS VARCHAR) END || ']')"),
        macro(
            "kql_json_member(j, k)",
            "json_extract(j, '/' || replace(replace(k, '~', '~0'), '/', '~1'))"),
        macro(
            "kql_json_elements(j)",
            "CASE WHEN j IS NULL OR json_type(j) = 'NULL' THEN CAST([] AS JSON[])"
                + " WHEN json_type(j) = 'ARRAY' THEN CAST(json_extract(j, '$[*]') AS JSON[])"
                + " WHEN json_type(j) = 'OBJECT' THEN list_transform(json_keys(j),"
                + " k -> json_object(k, kql_json_member(j, k)))"
                + " ELSE [j] END"),
        macro(
            "kql_json_pairs(j)",
            "CASE WHEN json_type(j) = 'OBJECT' THEN list_transform(json_keys(j),"
                + " k -> json_array(k, kql_json_member(j, k))) ELSE kql_json_elements(j) END"),
        // mv-expand: a null value still yields one row; an empty array yields none.
        macro(
            "kql_expand_elements(j)",
            "CASE WHEN j IS NULL OR json_type(j) = 'NULL' THEN [CAST(NULL AS JSON)]"
                + " ELSE kql_json_elements(j) END"),
        macro(
            "kql_array_elements(j)",
            "CASE WHEN json_type(j) = 'ARRAY' THEN CAST(json_extract(j, '$[*]') AS JSON[]) END"),
        // First-seen order, duplicates dropped (make_set).
        macro("kql_distinct_in_order(l)", "list_filter(l, (v, i) -> list_position(l, v) = i)"),
        // Property bags merged: the first value of a key wins and keys keep first-seen order.
        macro(
            "kql_bag_merge(x, y)",
            "CAST('{' || array_to_string(list_transform(kql_distinct_in_order(list_concat("
                + "coalesce(json_keys(x), []), coalesce(json_keys(y), []))), key_name ->"
                + " CAST(to_json(key_name) AS VARCHAR) || ':' || coalesce(CAST(coalesce("
                + "kql_json_member(x, key_name), kql_json_member(y, key_name)) AS VARCHAR),"
                + " 'null')), ',') || '}' AS JSON)"),
        macro(
            "kql_url_query(q)",
            "CASE WHEN q IS NULL OR q = '' THEN CAST('{}' AS JSON) ELSE CAST('{' ||"
                + " array_to_string(list_transform(string_split(q, '&'), p ->"
                + " CAST(to_json(split_part(p, '=', 1)) AS VARCHAR) || ':' ||"
                + " CAST(to_json(CASE WHEN strpos(p, '=') > 0 THEN substr(p, strpos(p, '=') + 1)"
                + " ELSE '' END) AS VARCHAR)), ',') || '}' AS JSON) END"),
        // parse_url: the parts Kusto names, empty strings for missing parts.
        macro(
            "kql_parse_url(u)",
            "CASE WHEN NOT regexp_matches(u, '^[a-zA-Z][a-zA-Z0-9+.-]*://') THEN NULL ELSE json_object("
                + "'Scheme', regexp_extract(u, '^([a-zA-Z][a-zA-Z0-9+.-]*)://', 1),"
                + " 'Host', regexp_extract(u, '^[^:]+://(?:[^@/?#]*@)?(\\[[^\\]]*\\]|[^:/?#]*)', 1),"
                + " 'Port', regexp_extract(u, '^[^:]+://(?:[^@/?#]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*):([0-9]+)', 1),"
                + " 'Path', regexp_extract(u, '^[^:]+://[^/?#]*(/[^?#]*)', 1),"
                + " 'Username', regexp_extract(u, '^[^:]+://([^:@/?#]*)(?::[^@/?#]*)?@', 1),"
                + " 'Password', regexp_extract(u, '^[^:]+://[^:@/?#]*:([^@/?#]*)@', 1),"
                + " 'Query Parameters', kql_url_query(regexp_extract(u, '\\?([^#]*)', 1)),"
                + " 'Fragment', regexp_extract(u, '#(.*)$', 1)) END"),
        macro(
            "kql_array_length(j)",
            "CASE WHEN json_type(j) = 'ARRAY' THEN CAST(json_array_length(j) AS BIGINT) ELSE NULL END"),
        macro(
            "kql_text_bool(s)",
            "CASE WHEN lower(trim(s)) = 'true' THEN TRUE WHEN lower(trim(s)) = 'false' THEN FALSE"
                + " WHEN regexp_matches(s, '^\\s*[-+]?\\d+\\s*$') THEN TRY_CAST(trim(s) AS BIGINT) <> 0"
                + " ELSE NULL END"),
        macro(
            "kql_text_long(s)",
            "CASE WHEN regexp_matches(s, '^\\s*([-+]?\\d+|0[xX][0-9a-fA-F]+)\\s*$')"
                + " THEN TRY_CAST(trim(s) AS BIGINT) ELSE NULL END"),
        macro(
            "kql_dynamic_real(j)",
            "CASE json_type(j) WHEN 'BOOLEAN' THEN (CASE WHEN json_extract_string(j, '$') = 'true'"
                + " THEN 1.0 ELSE 0.0 END) WHEN 'VARCHAR' THEN kql_text_real(json_extract_string(j, '$'))"
                + " WHEN 'BIGINT' THEN CAST(json_extract_string(j, '$') AS DOUBLE)"
                + " WHEN 'UBIGINT' THEN CAST(json_extract_string(j, '$') AS DOUBLE)"
                + " WHEN 'DOUBLE' THEN CAST(json_extract_string(j, '$') AS DOUBLE) ELSE NULL END"),
        macro(
            "kql_dynamic_long(j)",
            "CASE json_type(j) WHEN 'BOOLEAN' THEN (CASE WHEN json_extract_string(j, '$') = 'true'"
                + " THEN 1 ELSE 0 END) WHEN 'VARCHAR' THEN kql_text_long(json_extract_string(j, '$'))"
                + " WHEN 'BIGINT' THEN TRY_CAST(json_extract_string(j, '$') AS BIGINT)"
                + " WHEN 'UBIGINT' THEN TRY_CAST(json_extract_string(j, '$') AS BIGINT)"
                + " WHEN 'DOUBLE' THEN TRY_CAST(trunc(CAST(json_extract_string(j, '$') AS DOUBLE)) AS BIGINT)"
                + " ELSE NULL END"),
        macro("kql_text_real(s)", "TRY_CAST(trim(s) AS DOUBLE)"),
        macro("kql_text_datetime(s)", "TRY_CAST(trim(s) AS TIMESTAMP_NS)"),
        macro(
            "kql_start_of_week(t)",
            "CAST(date_trunc('day', t) AS TIMESTAMP) - to_days(CAST(dayofweek(t) AS INTEGER))"));
  }

  private static String macro(String signature, String body) {
    return "CREATE OR REPLACE MACRO " + signature + " AS " + body;
  }
}
