package io.huntbook.kql.functions;

import static io.huntbook.kql.functions.ArgumentKind.ANY;
import static io.huntbook.kql.functions.ArgumentKind.BOOL;
import static io.huntbook.kql.functions.ArgumentKind.DATETIME;
import static io.huntbook.kql.functions.ArgumentKind.DYNAMIC;
import static io.huntbook.kql.functions.ArgumentKind.INTEGER;
import static io.huntbook.kql.functions.ArgumentKind.NUMBER;
import static io.huntbook.kql.functions.ArgumentKind.STRING;
import static io.huntbook.kql.functions.ArgumentKind.TABULAR;
import static io.huntbook.kql.functions.ArgumentKind.TIMESPAN;

import io.huntbook.kql.types.KqlType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in scalar functions Huntbook's engine runs, with arity, parameters and result type. */
public final class FunctionCatalog {
  private static final int VARIADIC = FunctionSignature.VARIADIC;
  private static final Map<String, FunctionSignature> FUNCTIONS = build();

  private FunctionCatalog() {}

  /** The function of that name (KQL function names are case-sensitive). */
  public static Optional<FunctionSignature> lookup(String name) {
    return Optional.ofNullable(FUNCTIONS.get(name));
  }

  public static boolean contains(String name) {
    return FUNCTIONS.containsKey(name);
  }

  public static Collection<FunctionSignature> all() {
    return FUNCTIONS.values();
  }

  private static Map<String, FunctionSignature> build() {
    Table t = new Table();
    strings(t);
    conversions(t);
    dates(t);
    dynamics(t);
    series(t);
    conditionals(t);
    math(t);
    networkAndEncoding(t);
    misc(t);
    return Collections.unmodifiableMap(t.functions);
  }

  private static void strings(Table t) {
    KqlType s = KqlType.STRING;
    KqlType l = KqlType.LONG;
    t.fixed("tolower", 1, 1, s, STRING);
    t.fixed("toupper", 1, 1, s, STRING);
    t.fixed("strlen", 1, 1, l, STRING);
    t.fixed("substring", 2, 3, s, STRING, INTEGER);
    t.fixed("strcat", 1, 64, s, STRING);
    t.fixed("strcat_delim", 2, 65, s, STRING);
    t.fixed("strcat_array", 2, 2, s, DYNAMIC, STRING);
    t.fixed("split", 2, 3, KqlType.DYNAMIC, STRING, STRING, INTEGER);
    t.fixed("replace_string", 3, 3, s, STRING);
    t.fixed("replace_regex", 3, 3, s, STRING);
    t.fixed("replace", 3, 3, s, STRING);
    t.fixed("extract", 3, 4, s, STRING, INTEGER, STRING, ANY);
    t.fixed("extract_all", 2, 3, KqlType.DYNAMIC, STRING, ANY, STRING);
    t.fixed("extractall", 2, 3, KqlType.DYNAMIC, STRING, ANY, STRING);
    t.fixed("extract_json", 2, 3, s, STRING, STRING, ANY);
    t.fixed("extractjson", 2, 3, s, STRING, STRING, ANY);
    t.fixed("trim", 2, 2, s, STRING);
    t.fixed("trim_start", 2, 2, s, STRING);
    t.fixed("trim_end", 2, 2, s, STRING);
    t.fixed("indexof", 2, 5, l, STRING, STRING, INTEGER);
    t.fixed("indexof_regex", 2, 5, l, STRING, STRING, INTEGER);
    t.fixed("reverse", 1, 1, s, STRING);
    t.fixed("countof", 2, 3, l, STRING);
    t.fixed("isempty", 1, 1, KqlType.BOOL, ANY);
    t.fixed("isnotempty", 1, 1, KqlType.BOOL, ANY);
    t.fixed("notempty", 1, 1, KqlType.BOOL, ANY);
    t.fixed("isascii", 1, 1, KqlType.BOOL, STRING);
    t.fixed("strcmp", 2, 2, KqlType.INT, STRING);
    t.fixed("strrep", 2, 3, s, STRING, INTEGER, STRING);
    t.fixed("string_size", 1, 1, l, STRING);
    t.fixed("translate", 3, 3, s, STRING);
    t.fixed("has_any_index", 2, 2, l, STRING, DYNAMIC);
    t.fixed("parse_command_line", 2, 2, KqlType.DYNAMIC, STRING);
    t.fixed("parse_csv", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("format_bytes", 1, 3, s, NUMBER, INTEGER, STRING);
  }

  private static void conversions(Table t) {
    t.conversion("tostring", KqlType.STRING);
    t.conversion("toint", KqlType.INT);
    t.conversion("tolong", KqlType.LONG);
    t.conversion("todouble", KqlType.REAL);
    t.conversion("toreal", KqlType.REAL);
    t.conversion("tobool", KqlType.BOOL);
    t.conversion("toboolean", KqlType.BOOL);
    t.conversion("todatetime", KqlType.DATETIME);
    t.conversion("totimespan", KqlType.TIMESPAN);
    t.conversion("todecimal", KqlType.DECIMAL);
    t.conversion("toguid", KqlType.GUID);
    t.conversion("todynamic", KqlType.DYNAMIC);
    t.conversion("parse_json", KqlType.DYNAMIC);
    t.conversion("parsejson", KqlType.DYNAMIC);
    t.fixed("parse_xml", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("tohex", 1, 2, KqlType.STRING, INTEGER);
  }

  private static void dates(Table t) {
    KqlType dt = KqlType.DATETIME;
    KqlType i = KqlType.INT;
    t.fixed("now", 0, 1, dt, TIMESPAN);
    t.fixed("ago", 1, 1, dt, TIMESPAN);
    t.add("bin", 2, 2, ReturnRule.argument(0), ResultNaming.FIRST_ARGUMENT, ANY, ANY);
    t.add("bin_at", 3, 3, ReturnRule.argument(0), ResultNaming.FIRST_ARGUMENT, ANY, ANY, ANY);
    t.add("floor", 2, 2, ReturnRule.argument(0), ResultNaming.FIRST_ARGUMENT, ANY, ANY);
    for (String name :
        List.of(
            "startofday",
            "startofweek",
            "startofmonth",
            "startofyear",
            "endofday",
            "endofweek",
            "endofmonth",
            "endofyear")) {
      t.add(name, 1, 2, ReturnRule.fixed(dt), ResultNaming.FIRST_ARGUMENT, DATETIME, INTEGER);
    }
    t.fixed("datetime_diff", 3, 3, KqlType.LONG, STRING, DATETIME, DATETIME);
    t.fixed("datetime_add", 3, 3, dt, STRING, INTEGER, DATETIME);
    t.fixed("datetime_part", 2, 2, i, STRING, DATETIME);
    t.fixed("datetime_utc_to_local", 2, 2, dt, DATETIME, STRING);
    t.fixed("datetime_local_to_utc", 2, 2, dt, DATETIME, STRING);
    t.fixed("dayofweek", 1, 1, KqlType.TIMESPAN, DATETIME);
    t.fixed("dayofmonth", 1, 1, i, DATETIME);
    t.fixed("dayofyear", 1, 1, i, DATETIME);
    t.fixed("hourofday", 1, 1, i, DATETIME);
    t.fixed("getyear", 1, 1, i, DATETIME);
    t.fixed("getmonth", 1, 1, i, DATETIME);
    t.fixed("monthofyear", 1, 1, i, DATETIME);
    t.fixed("week_of_year", 1, 1, i, DATETIME);
    t.fixed("weekofyear", 1, 1, i, DATETIME);
    t.add(
        "format_datetime",
        2,
        2,
        ReturnRule.fixed(KqlType.STRING),
        ResultNaming.FIRST_ARGUMENT,
        DATETIME,
        STRING);
    t.fixed("format_timespan", 2, 2, KqlType.STRING, TIMESPAN, STRING);
    t.fixed("unixtime_seconds_todatetime", 1, 1, dt, NUMBER);
    t.fixed("unixtime_milliseconds_todatetime", 1, 1, dt, NUMBER);
    t.fixed("unixtime_microseconds_todatetime", 1, 1, dt, NUMBER);
    t.fixed("unixtime_nanoseconds_todatetime", 1, 1, dt, NUMBER);
    t.fixed("make_datetime", 3, 7, dt, NUMBER);
    t.fixed("make_timespan", 2, 4, KqlType.TIMESPAN, NUMBER);
  }

  private static void dynamics(Table t) {
    KqlType d = KqlType.DYNAMIC;
    t.fixed("array_length", 1, 1, KqlType.LONG, DYNAMIC);
    t.fixed("bag_keys", 1, 1, d, DYNAMIC);
    t.fixed("pack", 0, VARIADIC, d, ANY);
    t.fixed("bag_pack", 0, VARIADIC, d, ANY);
    t.fixed("pack_all", 0, 1, d, BOOL);
    t.fixed("pack_array", 0, VARIADIC, d, ANY);
    t.fixed("set_has_element", 2, 2, KqlType.BOOL, DYNAMIC, ANY);
    t.fixed("array_concat", 1, VARIADIC, d, DYNAMIC);
    t.fixed("array_slice", 3, 3, d, DYNAMIC, INTEGER);
    t.fixed("array_index_of", 2, 5, KqlType.LONG, DYNAMIC, ANY, INTEGER);
    t.fixed("array_sort_asc", 1, 2, d, DYNAMIC, BOOL);
    t.fixed("array_sort_desc", 1, 2, d, DYNAMIC, BOOL);
    t.fixed("array_reverse", 1, 1, d, DYNAMIC);
    t.fixed("array_rotate_left", 2, 2, d, DYNAMIC, INTEGER);
    t.fixed("array_rotate_right", 2, 2, d, DYNAMIC, INTEGER);
    t.fixed("array_shift_left", 2, 3, d, DYNAMIC, INTEGER, ANY);
    t.fixed("array_shift_right", 2, 3, d, DYNAMIC, INTEGER, ANY);
    t.fixed("range", 2, 3, d, ANY);
    t.fixed("array_sum", 1, 1, KqlType.REAL, DYNAMIC);
    t.fixed("set_union", 2, VARIADIC, d, DYNAMIC);
    t.fixed("set_intersect", 2, VARIADIC, d, DYNAMIC);
    t.fixed("set_difference", 2, VARIADIC, d, DYNAMIC);
    t.fixed("bag_merge", 2, VARIADIC, d, DYNAMIC);
    t.fixed("bag_remove_keys", 2, 2, d, DYNAMIC);
    t.fixed("bag_has_key", 2, 2, KqlType.BOOL, DYNAMIC, STRING);
    t.fixed("zip", 2, VARIADIC, d, DYNAMIC);
    t.fixed("dynamic_to_json", 1, 1, KqlType.STRING, DYNAMIC);
  }

  private static void series(Table t) {
    KqlType d = KqlType.DYNAMIC;
    t.fixed("series_fill_forward", 1, 2, d, DYNAMIC, ANY);
    t.fixed("series_fill_backward", 1, 2, d, DYNAMIC, ANY);
    t.fixed("series_fill_const", 2, 3, d, DYNAMIC, ANY, ANY);
    t.fixed("series_fill_linear", 1, 4, d, DYNAMIC, ANY, BOOL, ANY);
    t.fixed("series_stats_dynamic", 1, 2, d, DYNAMIC, BOOL);
    t.fixed("series_stats", 1, 2, KqlType.REAL, DYNAMIC, BOOL);
    t.fixed("series_fit_line", 1, 1, KqlType.REAL, DYNAMIC);
    t.fixed("series_pearson_correlation", 2, 2, KqlType.REAL, DYNAMIC, DYNAMIC);
    t.fixed("series_iir", 3, 3, d, DYNAMIC, DYNAMIC, DYNAMIC);
    for (String name :
        List.of(
            "series_add",
            "series_subtract",
            "series_multiply",
            "series_divide",
            "series_pow",
            "series_greater",
            "series_greater_equals",
            "series_less",
            "series_less_equals",
            "series_equals",
            "series_not_equals")) {
      t.fixed(name, 2, 2, d, ANY, ANY);
    }
    for (String name :
        List.of(
            "series_abs",
            "series_sign",
            "series_floor",
            "series_ceiling",
            "series_exp",
            "series_log",
            "series_negate")) {
      t.fixed(name, 1, 1, d, DYNAMIC);
    }
    // Known to Kusto, so hunting queries that use them check clean; the local engine reports them
    // as unsupported when it runs them.
    t.fixed("series_decompose", 1, 5, d, DYNAMIC, ANY);
    t.fixed("series_decompose_anomalies", 1, 7, d, DYNAMIC, ANY);
    t.fixed("series_decompose_forecast", 2, 5, d, DYNAMIC, ANY);
    t.fixed("series_outliers", 1, 5, d, DYNAMIC, ANY);
    t.fixed("series_periods_detect", 4, 4, d, DYNAMIC, ANY);
    t.fixed("series_periods_validate", 2, 17, d, DYNAMIC, ANY);
    t.fixed("series_fit_line_dynamic", 1, 2, d, DYNAMIC, BOOL);
    t.fixed("series_fit_2lines_dynamic", 1, 2, d, DYNAMIC, BOOL);
    t.fixed("series_fir", 2, 4, d, DYNAMIC, ANY);
  }

  private static void conditionals(Table t) {
    t.add("iff", 3, 3, ReturnRule.common(1, 1), ResultNaming.NONE, BOOL, ANY);
    t.add("iif", 3, 3, ReturnRule.common(1, 1), ResultNaming.NONE, BOOL, ANY);
    t.add("case", 3, VARIADIC, ReturnRule.caseValues(), ResultNaming.NONE, ANY);
    t.add("coalesce", 1, 64, ReturnRule.common(0, 1), ResultNaming.NONE, ANY);
    t.add("min_of", 1, 64, ReturnRule.common(0, 1), ResultNaming.NONE, ANY);
    t.add("max_of", 1, 64, ReturnRule.common(0, 1), ResultNaming.NONE, ANY);
    t.fixed("isnull", 1, 1, KqlType.BOOL, ANY);
    t.fixed("isnotnull", 1, 1, KqlType.BOOL, ANY);
    t.fixed("notnull", 1, 1, KqlType.BOOL, ANY);
    t.fixed("not", 1, 1, KqlType.BOOL, BOOL);
    t.fixed("gettype", 1, 1, KqlType.STRING, ANY);
  }

  private static void math(Table t) {
    KqlType r = KqlType.REAL;
    KqlType l = KqlType.LONG;
    t.add("abs", 1, 1, ReturnRule.argument(0), ResultNaming.NONE, ANY);
    t.add("round", 1, 2, ReturnRule.argument(0), ResultNaming.NONE, NUMBER, INTEGER);
    t.add("ceiling", 1, 1, ReturnRule.argument(0), ResultNaming.NONE, NUMBER);
    t.fixed("sign", 1, 1, r, NUMBER);
    for (String name :
        List.of(
            "log", "log10", "log2", "exp", "exp2", "exp10", "sqrt", "sin", "cos", "tan", "asin",
            "acos", "atan", "cot", "degrees", "radians")) {
      t.fixed(name, 1, 1, r, NUMBER);
    }
    t.fixed("pow", 2, 2, r, NUMBER);
    t.fixed("atan2", 2, 2, r, NUMBER);
    t.fixed("pi", 0, 0, r);
    t.fixed("isnan", 1, 1, KqlType.BOOL, NUMBER);
    t.fixed("isfinite", 1, 1, KqlType.BOOL, NUMBER);
    t.fixed("isinf", 1, 1, KqlType.BOOL, NUMBER);
    t.fixed("binary_and", 2, 2, l, INTEGER);
    t.fixed("binary_or", 2, 2, l, INTEGER);
    t.fixed("binary_xor", 2, 2, l, INTEGER);
    t.fixed("binary_not", 1, 1, l, INTEGER);
    t.fixed("binary_shift_left", 2, 2, l, INTEGER);
    t.fixed("binary_shift_right", 2, 2, l, INTEGER);
    t.fixed("bitset_count_ones", 1, 1, l, INTEGER);
    t.fixed("rand", 0, 1, r, NUMBER);
    t.fixed("hash", 1, 2, l, ANY, INTEGER);
  }

  private static void networkAndEncoding(Table t) {
    KqlType b = KqlType.BOOL;
    KqlType s = KqlType.STRING;
    t.fixed("ipv4_is_private", 1, 1, b, STRING);
    t.fixed("ipv4_is_in_range", 2, 2, b, STRING);
    t.fixed("ipv4_is_in_any_range", 2, VARIADIC, b, STRING, ANY);
    t.fixed("ipv4_is_match", 2, 3, b, STRING, STRING, INTEGER);
    t.fixed("ipv4_compare", 2, 3, KqlType.LONG, STRING, STRING, INTEGER);
    t.fixed("ipv6_is_match", 2, 3, b, STRING, STRING, INTEGER);
    t.fixed("ipv6_compare", 2, 3, KqlType.LONG, STRING, STRING, INTEGER);
    t.fixed("parse_ipv4", 1, 1, KqlType.LONG, STRING);
    t.fixed("parse_ipv4_mask", 2, 2, KqlType.LONG, STRING, INTEGER);
    t.fixed("format_ipv4", 1, 2, s, ANY, INTEGER);
    t.fixed("parse_url", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("parse_urlquery", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("parse_path", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("base64_decode_tostring", 1, 1, s, STRING);
    t.fixed("base64_encode_tostring", 1, 1, s, STRING);
    t.fixed("base64_decodestring", 1, 1, s, STRING);
    t.fixed("base64_encodestring", 1, 1, s, STRING);
    t.fixed("base64_decode_toarray", 1, 1, KqlType.DYNAMIC, STRING);
    t.fixed("base64_encode_fromguid", 1, 1, s, ANY);
    t.fixed("hash_sha256", 1, 1, s, STRING);
    t.fixed("hash_sha1", 1, 1, s, STRING);
    t.fixed("hash_md5", 1, 1, s, STRING);
    t.fixed("url_decode", 1, 1, s, STRING);
    t.fixed("url_encode", 1, 1, s, STRING);
    t.fixed("url_encode_component", 1, 1, s, STRING);
  }

  private static void misc(Table t) {
    t.fixed("new_guid", 0, 0, KqlType.GUID);
    t.fixed("row_number", 0, 2, KqlType.LONG, INTEGER, BOOL);
    t.fixed("row_rank_dense", 1, 2, KqlType.LONG, ANY, BOOL);
    t.fixed("row_rank_min", 1, 2, KqlType.LONG, ANY, BOOL);
    t.add("row_cumsum", 1, 2, ReturnRule.widened(0), ResultNaming.NONE, NUMBER, BOOL);
    t.add("prev", 1, 3, ReturnRule.argument(0), ResultNaming.NONE, ANY, INTEGER, ANY);
    t.add("next", 1, 3, ReturnRule.argument(0), ResultNaming.NONE, ANY, INTEGER, ANY);
    // The binder gives these their real types: the type of the scalar's column, the tabular
    // argument's schema, the column's type when it exists.
    t.add("toscalar", 1, 1, ReturnRule.fixed(KqlType.UNKNOWN), ResultNaming.NONE, ANY);
    t.add("materialize", 1, 1, ReturnRule.fixed(KqlType.UNKNOWN), ResultNaming.NONE, TABULAR);
    t.add("column_ifexists", 2, 2, ReturnRule.argument(1), ResultNaming.NONE, STRING, ANY);
  }

  /** Collects entries; the helpers keep the tables above one line per function. */
  private static final class Table {
    final Map<String, FunctionSignature> functions = new LinkedHashMap<>();

    void fixed(String name, int min, int max, KqlType result, ArgumentKind... kinds) {
      add(name, min, max, ReturnRule.fixed(result), ResultNaming.NONE, kinds);
    }

    void conversion(String name, KqlType result) {
      add(name, 1, 1, ReturnRule.fixed(result), ResultNaming.ONLY_ARGUMENT, ANY);
    }

    void add(
        String name,
        int min,
        int max,
        ReturnRule returns,
        ResultNaming naming,
        ArgumentKind... kinds) {
      functions.put(name, new FunctionSignature(name, min, max, List.of(kinds), returns, naming));
    }
  }
}
