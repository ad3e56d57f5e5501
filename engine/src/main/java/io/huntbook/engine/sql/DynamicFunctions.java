package io.huntbook.engine.sql;

import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * KQL's functions on dynamic arrays and property bags, over DuckDB's JSON type. Array elements are
 * handled as a list of JSON values ({@code kql_json_elements}) and compared by their KQL text.
 */
final class DynamicFunctions {
  private DynamicFunctions() {}

  static void register(Map<String, Function<CallArguments, String>> m) {
    m.put("dynamic_to_json", a -> "coalesce(CAST(" + a.dynamic(0) + " AS VARCHAR), '')");
    m.put("parse_url", a -> "kql_parse_url(" + a.text(0) + ")");
    Function<CallArguments, String> extractJson =
        a -> {
          String value = "json_extract(kql_parse_json(" + a.text(1) + "), " + a.text(0) + ")";
          KqlType result = a.resultType();
          return result == KqlType.STRING || result == KqlType.UNKNOWN
              ? "kql_dynamic_text(" + value + ")"
              : Conversions.convert(value, KqlType.DYNAMIC, result);
        };
    m.put("extractjson", extractJson);
    m.put("extract_json", extractJson);
    m.put("array_length", a -> "kql_array_length(" + a.dynamic(0) + ")");
    m.put(
        "array_sum",
        a -> "list_sum(list_transform(" + elements(a, 0) + ", e -> kql_dynamic_real(e)))");
    Function<CallArguments, String> pack =
        a -> {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i + 1 < a.count(); i += 2) {
            parts.add(a.text(i));
            parts.add(a.dynamic(i + 1));
          }
          return "json_object(" + String.join(", ", parts) + ")";
        };
    m.put("pack", pack);
    m.put("bag_pack", pack);
    m.put("pack_dictionary", pack);
    m.put(
        "pack_array",
        a -> {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < a.count(); i++) {
            parts.add(a.dynamic(i));
          }
          return "json_array(" + String.join(", ", parts) + ")";
        });
    m.put(
        "bag_keys",
        a ->
            "(CASE WHEN json_type("
                + a.dynamic(0)
                + ") = 'OBJECT' THEN to_json(json_keys("
                + a.dynamic(0)
                + ")) END)");
    m.put(
        "array_concat",
        a -> {
          // A null argument adds nothing; any other non-array makes the result null.
          String list = "CAST([] AS JSON[])";
          List<String> arrays = new ArrayList<>();
          for (int i = 0; i < a.count(); i++) {
            String value = a.dynamic(i);
            list = "list_concat(" + list + ", coalesce(" + elements(a, i) + ", []))";
            arrays.add("(" + value + " IS NULL OR json_type(" + value + ") IN ('ARRAY', 'NULL'))");
          }
          return "(CASE WHEN " + String.join(" AND ", arrays) + " THEN to_json(" + list + ") END)";
        });
    m.put(
        "array_slice",
        a ->
            "to_json(list_slice("
                + elements(a, 0)
                + ", "
                + position(a.sql(1))
                + ", "
                + position(a.sql(2))
                + "))");
    m.put("array_reverse", a -> "to_json(list_reverse(" + elements(a, 0) + "))");
    m.put("array_rotate_left", a -> rotate(a, "(" + a.sql(1) + ")"));
    m.put("array_rotate_right", a -> rotate(a, "(-(" + a.sql(1) + "))"));
    m.put("array_shift_left", a -> shift(a, "(" + a.sql(1) + ")"));
    m.put("array_shift_right", a -> shift(a, "(-(" + a.sql(1) + "))"));
    m.put(
        "zip",
        a -> {
          List<String> lengths = new ArrayList<>();
          List<String> items = new ArrayList<>();
          for (int i = 0; i < a.count(); i++) {
            lengths.add("coalesce(len(" + elements(a, i) + "), 0)");
            items.add(elements(a, i) + "[i]");
          }
          return "to_json(list_transform(range(1, greatest("
              + String.join(", ", lengths)
              + ") + 1), i -> json_array("
              + String.join(", ", items)
              + ")))";
        });
    m.put(
        "array_index_of",
        a -> "(coalesce(list_position(" + texts(a, 0) + ", " + a.text(1) + "), 0) - 1)");
    m.put("set_has_element", a -> "list_contains(" + texts(a, 0) + ", " + a.text(1) + ")");
    m.put("array_sort_asc", a -> "to_json(list_sort(" + elements(a, 0) + "))");
    m.put("array_sort_desc", a -> "to_json(list_reverse_sort(" + elements(a, 0) + "))");
    m.put(
        "set_union",
        a -> {
          String list = "CAST([] AS JSON[])";
          for (int i = 0; i < a.count(); i++) {
            list = "list_concat(" + list + ", " + elements(a, i) + ")";
          }
          return "to_json(kql_distinct_in_order(" + list + "))";
        });
    m.put(
        "set_intersect",
        a ->
            "to_json(kql_distinct_in_order(list_filter("
                + elements(a, 0)
                + ", e -> list_contains("
                + elements(a, 1)
                + ", e))))");
    m.put(
        "set_difference",
        a ->
            "to_json(kql_distinct_in_order(list_filter("
                + elements(a, 0)
                + ", e -> NOT list_contains("
                + elements(a, 1)
                + ", e))))");
    m.put(
        "bag_merge",
        a -> {
          String merged = bag(a, a.count() - 1);
          for (int i = a.count() - 2; i >= 0; i--) {
            merged = "kql_bag_merge(" + bag(a, i) + ", " + merged + ")";
          }
          return merged;
        });
    m.put(
        "strcat_array",
        a ->
            "array_to_string(list_transform("
                + elements(a, 0)
                + ", e -> kql_dynamic_text(e)), "
                + a.text(1)
                + ")");
    m.put(
        "bag_has_key",
        a ->
            "(json_extract("
                + a.dynamic(0)
                + ", "
                + a.string(ExpressionLowering.pointer(a.literalText(1).orElse("")))
                + ") IS NOT NULL)");
  }

  /** The elements of an array argument; null when it is not an array (so is the result). */
  private static String elements(CallArguments a, int index) {
    return "kql_array_elements(" + a.dynamic(index) + ")";
  }

  /** The array turned left by {@code count} places (right when negative), wrapping around. */
  private static String rotate(CallArguments a, String count) {
    String list = elements(a, 0);
    String start = "((" + count + " % len(" + list + ")) + len(" + list + ")) % len(" + list + ")";
    return "(CASE WHEN len("
        + list
        + ") = 0 THEN to_json("
        + list
        + ") ELSE to_json(list_concat(list_slice("
        + list
        + ", "
        + start
        + " + 1, len("
        + list
        + ")), list_slice("
        + list
        + ", 1, "
        + start
        + "))) END)";
  }

  /**
   * The array moved left by {@code count} places (right when negative); the places left empty take
   * the optional fill value, null by default.
   */
  private static String shift(CallArguments a, String count) {
    String list = elements(a, 0);
    String fill = a.count() > 2 ? a.dynamic(2) : "CAST(NULL AS JSON)";
    return "to_json(list_transform(range(1, len("
        + list
        + ") + 1), i -> CASE WHEN i + "
        + count
        + " BETWEEN 1 AND len("
        + list
        + ") THEN "
        + list
        + "[i + "
        + count
        + "] ELSE "
        + fill
        + " END))";
  }

  /** A bag argument; a null one merges as the empty bag. */
  private static String bag(CallArguments a, int index) {
    return "coalesce(" + a.dynamic(index) + ", CAST('{}' AS JSON))";
  }

  private static String texts(CallArguments a, int index) {
    return "list_transform(" + elements(a, index) + ", e -> kql_dynamic_text(e))";
  }

  /** A Kusto array index (0-based, negative from the end) as a DuckDB list position. */
  private static String position(String index) {
    return "(CASE WHEN " + index + " < 0 THEN " + index + " ELSE " + index + " + 1 END)";
  }

  static String gettype(CallArguments a) {
    KqlType type = a.type(0);
    if (type != KqlType.DYNAMIC) {
      return a.string(type == KqlType.REAL ? "real" : type.kqlName());
    }
    String value = a.sql(0);
    return "(CASE WHEN "
        + value
        + " IS NULL THEN 'null' ELSE CASE json_type("
        + value
        + ") WHEN 'ARRAY' THEN 'array' WHEN 'OBJECT' THEN 'dictionary' WHEN 'VARCHAR' THEN"
        + " 'string' WHEN 'BIGINT' THEN 'long' WHEN 'UBIGINT' THEN 'long' WHEN 'DOUBLE' THEN"
        + " 'real' WHEN 'BOOLEAN' THEN 'bool' ELSE 'null' END END)";
  }
}
