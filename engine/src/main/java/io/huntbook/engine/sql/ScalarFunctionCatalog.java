package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The translation table of KQL's scalar functions to DuckDB SQL (datetime functions live in {@link
 * DatetimeFunctions}, dynamic ones in {@link DynamicFunctions}). A function missing here is
 * reported as not supported by the local engine, with its place in the query.
 */
final class ScalarFunctionCatalog {
  private static final Map<String, Function<CallArguments, String>> FUNCTIONS = build();

  private ScalarFunctionCatalog() {}

  static String lower(ExpressionLowering expressions, Expr.Call call, Relation input) {
    Function<CallArguments, String> translation = FUNCTIONS.get(call.name());
    if (translation == null) {
      throw new LoweringException(
          "the function " + call.name() + "() is not supported by the local engine", call.span());
    }
    return translation.apply(new CallArguments(expressions, call, input));
  }

  static boolean supports(String name) {
    return FUNCTIONS.containsKey(name);
  }

  private static Map<String, Function<CallArguments, String>> build() {
    Map<String, Function<CallArguments, String>> m = new HashMap<>();
    strings(m);
    logic(m);
    math(m);
    conversions(m);
    window(m);
    DatetimeFunctions.register(m);
    DynamicFunctions.register(m);
    SeriesFunctions.register(m);
    return m;
  }

  private static void strings(Map<String, Function<CallArguments, String>> m) {
    m.put("strlen", a -> "CAST(length(" + a.text(0) + ") AS BIGINT)");
    m.put("string_size", a -> "CAST(octet_length(encode(" + a.text(0) + ")) AS BIGINT)");
    m.put("toupper", a -> "upper(" + a.text(0) + ")");
    m.put("tolower", a -> "lower(" + a.text(0) + ")");
    m.put("reverse", a -> "reverse(" + a.text(0) + ")");
    m.put(
        "substring",
        a -> {
          String start =
              "(CASE WHEN "
                  + a.sql(1)
                  + " < 0 THEN greatest(length("
                  + a.text(0)
                  + ") + "
                  + a.sql(1)
                  + ", 0) ELSE "
                  + a.sql(1)
                  + " END + 1)";
          String tooFar = a.sql(1) + " < 0 AND length(" + a.text(0) + ") + " + a.sql(1) + " < 0";
          String value =
              a.count() > 2
                  ? "substr(" + a.text(0) + ", " + start + ", greatest(" + a.sql(2) + ", 0))"
                  : "substr(" + a.text(0) + ", " + start + ")";
          return "(CASE WHEN " + tooFar + " THEN '' ELSE coalesce(" + value + ", '') END)";
        });
    m.put(
        "strcat",
        a -> {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < a.count(); i++) {
            parts.add(a.text(i));
          }
          return "concat(" + String.join(", ", parts) + ")";
        });
    m.put(
        "strcat_delim",
        a -> {
          List<String> parts = new ArrayList<>();
          for (int i = 1; i < a.count(); i++) {
            parts.add(a.text(i));
          }
          return "concat_ws(" + a.text(0) + ", " + String.join(", ", parts) + ")";
        });
    m.put(
        "split",
        a -> {
          String parts = "to_json(string_split(" + a.text(0) + ", " + a.text(1) + "))";
          if (a.count() < 3) {
            return parts;
          }
          String element = "kql_json_index(" + parts + ", " + a.sql(2) + ")";
          return "(CASE WHEN "
              + element
              + " IS NULL THEN NULL ELSE json_array("
              + element
              + ") END)";
        });
    m.put(
        "replace_string", a -> "replace(" + a.text(0) + ", " + a.text(1) + ", " + a.text(2) + ")");
    m.put(
        "replace_regex",
        a -> "regexp_replace(" + a.text(0) + ", " + a.text(1) + ", " + a.text(2) + ", 'g')");
    m.put(
        "replace",
        a -> "regexp_replace(" + a.text(2) + ", " + a.text(0) + ", " + a.text(1) + ", 'g')");
    m.put("trim", a -> trim(a, true, true));
    m.put("trim_start", a -> trim(a, true, false));
    m.put("trim_end", a -> trim(a, false, true));
    m.put(
        "indexof",
        a -> {
          if (a.count() == 2) {
            return "(CASE WHEN "
                + a.text(1)
                + " = '' THEN NULL ELSE CAST(strpos("
                + a.text(0)
                + ", "
                + a.text(1)
                + ") AS BIGINT) - 1 END)";
          }
          String start = "greatest(" + a.sql(2) + ", 0)";
          String found = "strpos(substr(" + a.text(0) + ", " + start + " + 1), " + a.text(1) + ")";
          return "(CASE WHEN " + found + " = 0 THEN -1 ELSE " + found + " - 1 + " + start + " END)";
        });
    m.put(
        "extract",
        a -> {
          String value =
              "CASE WHEN regexp_matches("
                  + a.text(2)
                  + ", "
                  + a.text(0)
                  + ") THEN regexp_extract("
                  + a.text(2)
                  + ", "
                  + a.text(0)
                  + ", "
                  + a.integer(1)
                  + ") ELSE NULL END";
          KqlType result = a.resultType();
          return result == KqlType.STRING || result == KqlType.UNKNOWN
              ? "coalesce(" + value + ", '')"
              : Conversions.convert(value, KqlType.STRING, result);
        });
    m.put("extract_all", ScalarFunctionCatalog::extractAll);
    m.put(
        "countof",
        a -> {
          String kind = a.literalText(2).orElse("normal");
          if (kind.equals("regex")) {
            return "CAST(len(regexp_extract_all("
                + a.text(0)
                + ", "
                + a.text(1)
                + ", 0)) AS BIGINT)";
          }
          String s = a.text(0);
          String t = a.text(1);
          return "CAST(CASE WHEN length("
              + t
              + ") = 0 THEN 0 ELSE len(list_filter(range(0, length("
              + s
              + ")), i -> substr("
              + s
              + ", i + 1, length("
              + t
              + ")) = "
              + t
              + ")) END AS BIGINT)";
        });
    m.put(
        "strrep",
        a ->
            a.count() > 2
                ? "array_to_string(list_transform(range("
                    + a.sql(1)
                    + "), i -> "
                    + a.text(0)
                    + "), "
                    + a.text(2)
                    + ")"
                : "repeat(" + a.text(0) + ", CAST(" + a.sql(1) + " AS BIGINT))");
    m.put(
        "strcmp",
        a ->
            "(CASE WHEN "
                + a.text(0)
                + " < "
                + a.text(1)
                + " THEN -1 WHEN "
                + a.text(0)
                + " > "
                + a.text(1)
                + " THEN 1 ELSE 0 END)");
    m.put("base64_encode_tostring", a -> "to_base64(encode(" + a.text(0) + "))");
    m.put("base64_encodestring", a -> "to_base64(encode(" + a.text(0) + "))");
    m.put(
        "base64_decode_tostring", a -> "coalesce(TRY(decode(from_base64(" + a.text(0) + "))), '')");
    m.put("base64_decodestring", a -> "coalesce(TRY(decode(from_base64(" + a.text(0) + "))), '')");
    m.put("hash_sha256", a -> "sha256(" + a.text(0) + ")");
    m.put("hash_md5", a -> "md5(" + a.text(0) + ")");
    m.put("tohex", a -> "lower(hex(" + a.sql(0) + "))");
    m.put("new_guid", a -> "uuid()");
    m.put("url_decode", a -> "url_decode(" + a.text(0) + ")");
    m.put("url_encode", a -> "url_encode(" + a.text(0) + ")");
    m.put("url_encode_component", a -> "url_encode(" + a.text(0) + ")");
  }

  private static String trim(CallArguments a, boolean start, boolean end) {
    String pattern = "(?:' || " + a.text(0) + " || ')";
    String value = a.text(1);
    if (start) {
      value = "regexp_replace(" + value + ", '^" + pattern + "', '')";
    }
    if (end) {
      value = "regexp_replace(" + value + ", '" + pattern + "$', '')";
    }
    return value;
  }

  private static String extractAll(CallArguments a) {
    int textIndex = a.count() > 2 ? 2 : 1;
    String text = a.text(textIndex);
    String regex = a.text(0);
    int groups = a.literalText(0).map(ScalarFunctionCatalog::captureGroups).orElse(1);
    if (groups <= 1) {
      String all = "regexp_extract_all(" + text + ", " + regex + ", " + groups + ")";
      return "(CASE WHEN len(" + all + ") = 0 THEN NULL ELSE to_json(" + all + ") END)";
    }
    List<String> parts = new ArrayList<>();
    for (int g = 1; g <= groups; g++) {
      parts.add("regexp_extract(m, " + regex + ", " + g + ")");
    }
    String all = "regexp_extract_all(" + text + ", " + regex + ", 0)";
    return "(CASE WHEN len("
        + all
        + ") = 0 THEN NULL ELSE to_json(list_transform("
        + all
        + ", m -> ["
        + String.join(", ", parts)
        + "])) END)";
  }

  /** The number of capturing groups of a regular expression. */
  static int captureGroups(String regex) {
    int groups = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '('
          && (i + 1 >= regex.length()
              || regex.charAt(i + 1) != '?'
              || regex.startsWith("(?P<", i)
              || regex.startsWith("(?<", i)
                  && regex.charAt(i + 3) != '='
                  && regex.charAt(i + 3) != '!')) {
        groups++;
      }
    }
    return groups;
  }

  private static void logic(Map<String, Function<CallArguments, String>> m) {
    Function<CallArguments, String> iif =
        a -> "(CASE WHEN " + a.sql(0) + " THEN " + branch(a, 1) + " ELSE " + branch(a, 2) + " END)";
    m.put("iif", iif);
    m.put("iff", iif);
    m.put(
        "case",
        a -> {
          StringBuilder out = new StringBuilder("(CASE");
          for (int i = 0; i + 1 < a.count(); i += 2) {
            out.append(" WHEN ").append(a.sql(i)).append(" THEN ").append(branch(a, i + 1));
          }
          return out.append(" ELSE ").append(branch(a, a.count() - 1)).append(" END)").toString();
        });
    m.put(
        "coalesce",
        a -> {
          if (a.resultType() == KqlType.STRING) {
            StringBuilder out = new StringBuilder("(CASE");
            for (int i = 0; i < a.count() - 1; i++) {
              out.append(" WHEN ").append(a.text(i)).append(" <> '' THEN ").append(a.text(i));
            }
            return out.append(" ELSE ").append(a.text(a.count() - 1)).append(" END)").toString();
          }
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < a.count(); i++) {
            parts.add(branch(a, i));
          }
          return "COALESCE(" + String.join(", ", parts) + ")";
        });
    m.put("not", a -> "(NOT " + a.sql(0) + ")");
    m.put("isempty", a -> empty(a));
    m.put("isnotempty", a -> "(NOT " + empty(a) + ")");
    m.put("isnull", a -> isNull(a));
    m.put("isnotnull", a -> "(NOT " + isNull(a) + ")");
    m.put("max_of", a -> "greatest(" + String.join(", ", a.all()) + ")");
    m.put("min_of", a -> "least(" + String.join(", ", a.all()) + ")");
    m.put("gettype", DynamicFunctions::gettype);
    m.put(
        "column_ifexists",
        a -> {
          String name = a.literalText(0).orElseThrow(() -> a.unsupported("needs a column name"));
          return a.input().has(name)
              ? a.expressions().context().dialect.identifier(name)
              : a.sql(1);
        });
    m.put(
        "toscalar",
        a -> {
          Relation relation = a.expressions().context().tabular.lower(a.expr(0));
          String column =
              a.expressions().context().dialect.identifier(relation.columns().get(0).name());
          return "(SELECT " + column + " FROM " + relation.name() + " LIMIT 1)";
        });
  }

  /** A branch of iif/case/coalesce converted to the call's result type. */
  private static String branch(CallArguments a, int index) {
    KqlType result = a.resultType();
    KqlType type = a.type(index);
    if (result == KqlType.UNKNOWN || type == result || type.isNumeric() && result.isNumeric()) {
      return a.sql(index);
    }
    return a.as(index, result);
  }

  private static String empty(CallArguments a) {
    return switch (a.type(0)) {
      case STRING -> "(coalesce(" + a.sql(0) + ", '') = '')";
      case DYNAMIC -> "(kql_dynamic_text(" + a.sql(0) + ") = '')";
      default -> "(" + a.sql(0) + " IS NULL)";
    };
  }

  private static String isNull(CallArguments a) {
    return switch (a.type(0)) {
      case STRING -> "FALSE";
      case DYNAMIC -> "(" + a.sql(0) + " IS NULL OR json_type(" + a.sql(0) + ") = 'NULL')";
      default -> "(" + a.sql(0) + " IS NULL)";
    };
  }

  private static void math(Map<String, Function<CallArguments, String>> m) {
    m.put("abs", a -> "abs(" + a.sql(0) + ")");
    m.put("ceiling", a -> "ceil(" + a.sql(0) + ")");
    m.put("sqrt", a -> "(CASE WHEN " + a.sql(0) + " >= 0 THEN sqrt(" + a.sql(0) + ") END)");
    m.put("pow", a -> "pow(" + a.sql(0) + ", " + a.sql(1) + ")");
    m.put("exp", a -> "exp(" + a.sql(0) + ")");
    m.put("exp2", a -> "pow(2, " + a.sql(0) + ")");
    m.put("exp10", a -> "pow(10, " + a.sql(0) + ")");
    m.put("log", a -> "(CASE WHEN " + a.sql(0) + " > 0 THEN ln(" + a.sql(0) + ") END)");
    m.put("log2", a -> "(CASE WHEN " + a.sql(0) + " > 0 THEN log2(" + a.sql(0) + ") END)");
    m.put("log10", a -> "(CASE WHEN " + a.sql(0) + " > 0 THEN log10(" + a.sql(0) + ") END)");
    m.put("sign", a -> "sign(" + a.sql(0) + ")");
    for (String trigonometric : List.of("sin", "cos", "tan", "asin", "acos", "atan", "cot")) {
      m.put(trigonometric, a -> trigonometric + "(" + a.as(0, KqlType.REAL) + ")");
    }
    m.put("atan2", a -> "atan2(" + a.as(0, KqlType.REAL) + ", " + a.as(1, KqlType.REAL) + ")");
    m.put("degrees", a -> "degrees(" + a.as(0, KqlType.REAL) + ")");
    m.put("radians", a -> "radians(" + a.as(0, KqlType.REAL) + ")");
    m.put("pi", a -> "pi()");
    m.put("rand", a -> a.count() == 0 ? "random()" : "floor(random() * " + a.sql(0) + ")");
    m.put("isnan", a -> "isnan(" + a.as(0, KqlType.REAL) + ")");
    m.put("isinf", a -> "isinf(" + a.as(0, KqlType.REAL) + ")");
    m.put("isfinite", a -> "isfinite(" + a.as(0, KqlType.REAL) + ")");
    m.put(
        "round",
        a ->
            a.count() > 1
                ? "round(" + a.sql(0) + ", " + a.integer(1) + ")"
                : "round(" + a.sql(0) + ")");
    Function<CallArguments, String> bin = ScalarFunctionCatalog::bin;
    m.put("bin", bin);
    m.put("floor", a -> a.count() == 1 ? "floor(" + a.sql(0) + ")" : bin(a));
    m.put(
        "bin_at",
        a -> {
          if (a.type(0) == KqlType.DATETIME) {
            return "kql_bin_datetime_at(" + a.sql(0) + ", " + a.sql(1) + ", " + a.sql(2) + ")";
          }
          return "(kql_bin_real("
              + a.sql(0)
              + " - "
              + a.sql(2)
              + ", "
              + a.sql(1)
              + ") + "
              + a.sql(2)
              + ")";
        });
  }

  private static String bin(CallArguments a) {
    KqlType type = a.type(0);
    KqlType step = a.type(1);
    return switch (type) {
      case DATETIME -> "kql_bin_datetime(" + a.sql(0) + ", " + a.sql(1) + ")";
      case TIMESPAN, INT, LONG ->
          step.isIntegral() || step == KqlType.TIMESPAN
              ? "kql_bin_long(" + a.sql(0) + ", " + a.sql(1) + ")"
              : "kql_bin_real(" + a.sql(0) + ", " + a.sql(1) + ")";
      default -> "kql_bin_real(" + a.sql(0) + ", " + a.sql(1) + ")";
    };
  }

  private static void conversions(Map<String, Function<CallArguments, String>> m) {
    m.put("tostring", a -> a.text(0));
    m.put("tolong", a -> a.as(0, KqlType.LONG));
    m.put("toint", a -> a.as(0, KqlType.INT));
    m.put("toreal", a -> a.as(0, KqlType.REAL));
    m.put("todouble", a -> a.as(0, KqlType.REAL));
    m.put("tobool", a -> a.as(0, KqlType.BOOL));
    m.put("toboolean", a -> a.as(0, KqlType.BOOL));
    m.put("todatetime", a -> a.as(0, KqlType.DATETIME));
    m.put("totimespan", a -> a.as(0, KqlType.TIMESPAN));
    m.put("totime", a -> a.as(0, KqlType.TIMESPAN));
    m.put("toguid", a -> a.as(0, KqlType.GUID));
    m.put("todecimal", a -> a.as(0, KqlType.DECIMAL));
    m.put(
        "todynamic",
        a -> a.type(0) == KqlType.STRING ? "kql_parse_json(" + a.sql(0) + ")" : a.dynamic(0));
    m.put(
        "parse_json",
        a -> a.type(0) == KqlType.STRING ? "kql_parse_json(" + a.sql(0) + ")" : a.dynamic(0));
  }

  private static void window(Map<String, Function<CallArguments, String>> m) {
    m.put(
        "row_number",
        a -> {
          String over = over(a, "");
          return a.count() > 0
              ? "(row_number() OVER " + over + " + " + a.sql(0) + " - 1)"
              : "row_number() OVER " + over;
        });
    m.put("prev", a -> shifted("lag", a));
    m.put("next", a -> shifted("lead", a));
    m.put("row_rank_dense", a -> rank(a, true));
    m.put("row_rank_min", a -> rank(a, false));
    m.put(
        "row_cumsum",
        a ->
            "sum("
                + a.sql(0)
                + ") OVER "
                + over(a, "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"));
  }

  /** The window of a row function: restarted by group when the call has a restart predicate. */
  private static String over(CallArguments a, String frame) {
    var group = a.expressions().context().windowGroup(a.call());
    if (group.isEmpty()) {
      return "(" + frame + ")";
    }
    SqlDialect d = a.expressions().context().dialect;
    return "(PARTITION BY "
        + d.identifier(group.get().group())
        + " ORDER BY "
        + d.identifier(group.get().order())
        + " "
        + frame
        + ")";
  }

  /**
   * Dense rank: the number of term changes so far (the restart group itself); min rank: the row
   * number where the current term's run began.
   */
  private static String rank(CallArguments a, boolean dense) {
    var group =
        a.expressions()
            .context()
            .windowGroup(a.call())
            .orElseThrow(() -> a.unsupported("needs serialized rows"));
    SqlDialect d = a.expressions().context().dialect;
    String run = d.identifier(group.group());
    String order = d.identifier(group.order());
    if (group.segment().isPresent()) {
      // Counted from the start of the restart predicate's segment.
      String segment = "PARTITION BY " + d.identifier(group.segment().get());
      return dense
          ? "(" + run + " - min(" + run + ") OVER (" + segment + ") + 1)"
          : "(min("
              + order
              + ") OVER (PARTITION BY "
              + run
              + ") - min("
              + order
              + ") OVER ("
              + segment
              + ") + 1)";
    }
    if (dense) {
      return run;
    }
    return "min(" + order + ") OVER (PARTITION BY " + run + ")";
  }

  private static String shifted(String function, CallArguments a) {
    String offset = a.count() > 1 ? a.sql(1) : "1";
    String fallback = a.count() > 2 ? ", " + a.as(2, a.type(0)) : "";
    String value = function + "(" + a.sql(0) + ", " + offset + fallback + ") OVER ()";
    return a.type(0) == KqlType.STRING ? "coalesce(" + value + ", '')" : value;
  }
}
