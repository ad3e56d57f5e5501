package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.MvExpandItem;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.ParsePart;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Operators that make rows or columns out of a value: {@code mv-expand} (unnest of a JSON array's
 * elements, or of a bag's {@code {key:value}} pairs, several columns zipped) and {@code parse} /
 * {@code parse-where} (one regular expression built from the pattern, one capture per column).
 */
final class ExpandLowering {
  private ExpandLowering() {}

  static Relation mvExpand(
      LoweringContext context, Relation input, Operator.MvExpand expand, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    boolean arrays =
        OperatorLowering.option(expand.options(), "bagexpansion")
            .or(() -> OperatorLowering.option(expand.options(), "kind"))
            .map(v -> v.equalsIgnoreCase("array"))
            .orElse(false);
    Optional<String> index = OperatorLowering.option(expand.options(), "with_itemindex");
    Map<String, String> expanded = new LinkedHashMap<>();
    Map<String, KqlType> targetTypes = new LinkedHashMap<>();
    String firstList = null;
    for (MvExpandItem item : expand.items()) {
      String name =
          item.name()
              .map(i -> i.name())
              .or(() -> derivedName(item.expr()))
              .orElse("Column" + (expanded.size() + 1));
      String value = e.dynamic(item.expr(), input);
      String list = arrays ? "kql_json_pairs(" + value + ")" : "kql_expand_elements(" + value + ")";
      if (expand.limit().isPresent()) {
        // limit n: at most n rows from each input row.
        list = "list_slice(" + list + ", 1, " + e.lower(expand.limit().get(), input) + ")";
      }
      if (firstList == null) {
        firstList = list;
      }
      expanded.put(name, "unnest(" + list + ")");
      targetTypes.put(
          name, item.toType().flatMap(t -> KqlType.fromName(t.name())).orElse(KqlType.DYNAMIC));
    }
    List<ColumnSchema> out = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      if (expanded.containsKey(column.name())) {
        items.add(expanded.get(column.name()) + " AS " + d.identifier(column.name()));
        out.add(new ColumnSchema(column.name(), KqlType.DYNAMIC));
      } else {
        items.add(d.identifier(column.name()));
        out.add(column);
      }
    }
    for (Map.Entry<String, String> entry : expanded.entrySet()) {
      if (!input.has(entry.getKey())) {
        items.add(entry.getValue() + " AS " + d.identifier(entry.getKey()));
        out.add(new ColumnSchema(entry.getKey(), KqlType.DYNAMIC));
      }
    }
    if (index.isPresent()) {
      items.add("unnest(range(0, len(" + firstList + "))) AS " + d.identifier(index.get()));
      out.add(new ColumnSchema(index.get(), KqlType.LONG));
    }

    Relation unnested =
        context.define("SELECT " + String.join(", ", items) + " FROM " + input.name(), out);
    boolean typed = targetTypes.values().stream().anyMatch(t -> t != KqlType.DYNAMIC);
    List<ColumnSchema> bound = context.bound.schemaOf(pipe).orElse(null);
    if (!typed) {
      return bound != null && bound.size() == out.size()
          ? new Relation(unnested.name(), bound)
          : unnested;
    }
    List<String> converted = new ArrayList<>();
    List<ColumnSchema> convertedSchema = new ArrayList<>();
    for (ColumnSchema column : out) {
      KqlType target = targetTypes.getOrDefault(column.name(), column.type());
      converted.add(
          Conversions.convert(d.identifier(column.name()), column.type(), target)
              + " AS "
              + d.identifier(column.name()));
      convertedSchema.add(new ColumnSchema(column.name(), target));
    }
    return context.define(
        "SELECT " + String.join(", ", converted) + " FROM " + unnested.name(),
        bound != null && bound.size() == convertedSchema.size() ? bound : convertedSchema);
  }

  static Relation parse(
      LoweringContext context, Relation input, Operator.Parse parse, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    String kind =
        OperatorLowering.option(parse.options(), "kind").orElse("simple").toLowerCase(Locale.ROOT);
    boolean regexKind = kind.equals("regex");
    String flags = OperatorLowering.option(parse.options(), "flags").orElse("");
    StringBuilder regex = new StringBuilder();
    if (regexKind) {
      if (!flags.isEmpty()) {
        regex.append("(?").append(flags).append(')');
      }
    } else {
      regex.append("(?s)^");
    }
    List<ColumnSchema> captures = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int group = 0;
    List<ParsePart> parts = parse.parts();
    for (int i = 0; i < parts.size(); i++) {
      ParsePart part = parts.get(i);
      boolean last = i == parts.size() - 1;
      switch (part) {
        case ParsePart.Text text -> {
          if (regexKind) {
            regex.append(text.text());
            group += ScalarFunctionCatalog.captureGroups(text.text());
          } else {
            regex.append(SqlDialect.quoteRegex(text.text()));
          }
        }
        case ParsePart.Wildcard wildcard -> regex.append(last ? ".*" : ".*?");
        case ParsePart.Capture capture -> {
          KqlType type =
              capture.typeName().flatMap(t -> KqlType.fromName(t.name())).orElse(KqlType.STRING);
          regex.append(captureRegex(type, last || regexKind));
          group++;
          groups.add(group);
          captures.add(new ColumnSchema(capture.column().name(), type));
        }
      }
    }
    String source = context.expressions.text(parse.source(), input);
    String pattern = d.regex(regex.toString());
    String matched = "regexp_matches(" + source + ", " + pattern + ")";
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < captures.size(); i++) {
      ColumnSchema capture = captures.get(i);
      String text =
          "CASE WHEN "
              + matched
              + " THEN regexp_extract("
              + source
              + ", "
              + pattern
              + ", "
              + groups.get(i)
              + ") ELSE NULL END";
      values.put(capture.name(), Conversions.convert(text, KqlType.STRING, capture.type()));
    }
    List<String> items = new ArrayList<>();
    List<ColumnSchema> out = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      if (values.containsKey(column.name())) {
        continue;
      }
      items.add(d.identifier(column.name()));
      out.add(column);
    }
    for (ColumnSchema capture : captures) {
      items.add(values.get(capture.name()) + " AS " + d.identifier(capture.name()));
      out.add(capture);
    }
    String where = parse.where() ? " WHERE " + matched : "";
    List<ColumnSchema> bound = context.bound.schemaOf(pipe).orElse(null);
    return context.define(
        "SELECT " + String.join(", ", items) + " FROM " + input.name() + where,
        bound != null && bound.size() == out.size() ? bound : out);
  }

  /**
   * {@code parse-kv}: the text split on the pair delimiter, each pair on the first key-value
   * delimiter; a declared key takes the value of its first pair, trimmed and unquoted.
   */
  static Relation parseKv(
      LoweringContext context, Relation input, Operator.ParseKv parseKv, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    String pairs =
        d.string(OperatorLowering.option(parseKv.options(), "pair_delimiter").orElse(" "));
    String separator =
        d.string(OperatorLowering.option(parseKv.options(), "kv_delimiter").orElse("="));
    Optional<String> quote = OperatorLowering.option(parseKv.options(), "quote");
    String source = context.expressions.text(parseKv.source(), input);
    List<String> items = new ArrayList<>();
    List<ColumnSchema> out = new ArrayList<>();
    List<ColumnSchema> declared = new ArrayList<>();
    for (var column : parseKv.columns()) {
      declared.add(
          new ColumnSchema(
              column.name().name(),
              KqlType.fromName(column.typeName().name()).orElse(KqlType.STRING)));
    }
    for (ColumnSchema column : input.columns()) {
      if (declared.stream().noneMatch(c -> c.name().equals(column.name()))) {
        items.add(d.identifier(column.name()));
        out.add(column);
      }
    }
    for (ColumnSchema column : declared) {
      String pair =
          "list_filter(string_split("
              + source
              + ", "
              + pairs
              + "), p -> strpos(p, "
              + separator
              + ") > 0 AND trim(substr(p, 1, strpos(p, "
              + separator
              + ") - 1)) = "
              + d.string(column.name())
              + ")[1]";
      String value =
          "trim(substr("
              + pair
              + ", strpos("
              + pair
              + ", "
              + separator
              + ") + length("
              + separator
              + ")))";
      if (quote.isPresent()) {
        value = "trim(" + value + ", " + d.string(quote.get()) + ")";
      }
      value = "coalesce(" + value + ", '')";
      items.add(
          Conversions.convert(value, KqlType.STRING, column.type())
              + " AS "
              + d.identifier(column.name()));
      out.add(column);
    }
    List<ColumnSchema> bound = context.bound.schemaOf(pipe).orElse(null);
    return context.define(
        "SELECT " + String.join(", ", items) + " FROM " + input.name(),
        bound != null && bound.size() == out.size() ? bound : out);
  }

  /** The column an unnamed mv-expand item fills, named as the binder names it. */
  private static Optional<String> derivedName(Expr expr) {
    return switch (expr) {
      case Expr.Name name -> Optional.of(name.name());
      case Expr.Member member ->
          derivedName(member.target()).map(t -> t + "_" + member.member().name());
      case Expr.Parenthesized parenthesized -> derivedName(parenthesized.inner());
      case Expr.Call call when !call.arguments().isEmpty() -> derivedName(call.arguments().get(0));
      default -> Optional.empty();
    };
  }

  private static String captureRegex(KqlType type, boolean last) {
    return switch (type) {
      case INT, LONG -> "(-?\\d+)";
      case REAL, DECIMAL -> "(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)";
      case BOOL -> "(true|false|True|False|TRUE|FALSE)";
      default -> last ? "(.*)" : "(.*?)";
    };
  }
}
