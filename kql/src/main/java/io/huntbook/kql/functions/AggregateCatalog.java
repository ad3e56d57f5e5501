package io.huntbook.kql.functions;

import static io.huntbook.kql.functions.ArgumentKind.ANY;
import static io.huntbook.kql.functions.ArgumentKind.BOOL;
import static io.huntbook.kql.functions.ArgumentKind.NUMBER;
import static io.huntbook.kql.functions.ArgumentKind.ORDERED;
import static io.huntbook.kql.functions.ArgumentKind.STAR_OR_ANY;
import static io.huntbook.kql.functions.ArgumentKind.SUMMABLE;
import static io.huntbook.kql.functions.ResultNaming.PREFIX_AND_FIRST_ARGUMENT;

import io.huntbook.kql.functions.AggregateSignature.Shape;
import io.huntbook.kql.types.KqlType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregates of {@code summarize} that Huntbook's engine runs, with Kusto's default column
 * names ({@code count()} → {@code count_}, {@code make_list(i)} → {@code list_i}).
 */
public final class AggregateCatalog {
  private static final int VARIADIC = FunctionSignature.VARIADIC;
  private static final Map<String, AggregateSignature> AGGREGATES = build();

  private AggregateCatalog() {}

  /** The aggregate of that name (KQL function names are case-sensitive, lower case). */
  public static Optional<AggregateSignature> lookup(String name) {
    return Optional.ofNullable(AGGREGATES.get(name));
  }

  public static boolean contains(String name) {
    return AGGREGATES.containsKey(name);
  }

  public static Collection<AggregateSignature> all() {
    return AGGREGATES.values();
  }

  private static Map<String, AggregateSignature> build() {
    Map<String, AggregateSignature> m = new LinkedHashMap<>();
    ReturnRule longResult = ReturnRule.fixed(KqlType.LONG);
    ReturnRule dynamicResult = ReturnRule.fixed(KqlType.DYNAMIC);
    ReturnRule realResult = ReturnRule.fixed(KqlType.REAL);
    add(m, "count", 0, 1, List.of(STAR_OR_ANY), longResult, PREFIX_AND_FIRST_ARGUMENT, "count");
    add(m, "countif", 1, 1, List.of(BOOL), longResult, PREFIX_AND_FIRST_ARGUMENT, "countif");
    add(m, "dcount", 1, 2, List.of(ANY, NUMBER), longResult, PREFIX_AND_FIRST_ARGUMENT, "dcount");
    add(m, "dcountif", 2, 3, List.of(ANY, BOOL, NUMBER), longResult, "dcountif");
    add(m, "count_distinct", 1, 1, List.of(ANY), longResult, "count_distinct");
    add(m, "count_distinctif", 2, 2, List.of(ANY, BOOL), longResult, "count_distinctif");
    add(m, "sum", 1, 1, List.of(SUMMABLE), ReturnRule.widened(0), "sum");
    add(m, "sumif", 2, 2, List.of(SUMMABLE, BOOL), ReturnRule.widened(0), "sumif");
    add(m, "avg", 1, 1, List.of(SUMMABLE), ReturnRule.averaged(0), "avg");
    add(m, "avgif", 2, 2, List.of(SUMMABLE, BOOL), ReturnRule.averaged(0), "avgif");
    add(m, "min", 1, 1, List.of(ORDERED), ReturnRule.argument(0), "min");
    add(m, "max", 1, 1, List.of(ORDERED), ReturnRule.argument(0), "max");
    add(m, "minif", 2, 2, List.of(ORDERED, BOOL), ReturnRule.argument(0), "minif");
    add(m, "maxif", 2, 2, List.of(ORDERED, BOOL), ReturnRule.argument(0), "maxif");
    put(
        m,
        "arg_max",
        1,
        VARIADIC,
        List.of(ORDERED, STAR_OR_ANY),
        ReturnRule.argument(0),
        "",
        Shape.ARG_EXTREME);
    put(
        m,
        "arg_min",
        1,
        VARIADIC,
        List.of(ORDERED, STAR_OR_ANY),
        ReturnRule.argument(0),
        "",
        Shape.ARG_EXTREME);
    add(m, "makeset", 1, 2, List.of(ANY, NUMBER), dynamicResult, "set");
    add(m, "makelist", 1, 2, List.of(ANY, NUMBER), dynamicResult, "list");
    add(m, "makebag", 1, 2, List.of(ANY, NUMBER), dynamicResult, "bag");
    put(
        m,
        "argmax",
        1,
        VARIADIC,
        List.of(ORDERED, STAR_OR_ANY),
        ReturnRule.argument(0),
        "",
        Shape.ARG_EXTREME);
    put(
        m,
        "argmin",
        1,
        VARIADIC,
        List.of(ORDERED, STAR_OR_ANY),
        ReturnRule.argument(0),
        "",
        Shape.ARG_EXTREME);
    add(m, "make_set", 1, 2, List.of(ANY, NUMBER), dynamicResult, "set");
    add(m, "make_set_if", 2, 3, List.of(ANY, BOOL, NUMBER), dynamicResult, "set");
    add(m, "make_list", 1, 2, List.of(ANY, NUMBER), dynamicResult, "list");
    add(m, "make_list_if", 2, 3, List.of(ANY, BOOL, NUMBER), dynamicResult, "list");
    add(m, "make_list_with_nulls", 1, 2, List.of(ANY, NUMBER), dynamicResult, "list");
    add(m, "make_bag", 1, 2, List.of(ANY, NUMBER), dynamicResult, "bag");
    add(m, "make_bag_if", 2, 3, List.of(ANY, BOOL, NUMBER), dynamicResult, "bag");
    add(m, "take_any", 1, 1, List.of(STAR_OR_ANY), ReturnRule.argument(0), "any");
    add(m, "any", 1, 1, List.of(STAR_OR_ANY), ReturnRule.argument(0), "any");
    add(m, "take_anyif", 2, 2, List.of(ANY, BOOL), ReturnRule.argument(0), "anyif");
    put(
        m,
        "percentile",
        2,
        2,
        List.of(ORDERED, NUMBER),
        ReturnRule.argument(0),
        "percentile",
        Shape.PERCENTILE);
    put(
        m,
        "percentiles",
        2,
        VARIADIC,
        List.of(ORDERED, NUMBER),
        ReturnRule.argument(0),
        "percentile",
        Shape.PERCENTILES);
    add(m, "stdev", 1, 1, List.of(NUMBER), realResult, "stdev");
    add(m, "stdevp", 1, 1, List.of(NUMBER), realResult, "stdevp");
    add(m, "stdevif", 2, 2, List.of(NUMBER, BOOL), realResult, "stdevif");
    add(m, "variance", 1, 1, List.of(NUMBER), realResult, "variance");
    add(m, "variancep", 1, 1, List.of(NUMBER), realResult, "variancep");
    add(m, "varianceif", 2, 2, List.of(NUMBER, BOOL), realResult, "varianceif");
    return Collections.unmodifiableMap(m);
  }

  private static void add(
      Map<String, AggregateSignature> m,
      String name,
      int min,
      int max,
      List<ArgumentKind> kinds,
      ReturnRule returns,
      String prefix) {
    add(m, name, min, max, kinds, returns, PREFIX_AND_FIRST_ARGUMENT, prefix);
  }

  private static void add(
      Map<String, AggregateSignature> m,
      String name,
      int min,
      int max,
      List<ArgumentKind> kinds,
      ReturnRule returns,
      ResultNaming naming,
      String prefix) {
    m.put(
        name.toLowerCase(Locale.ROOT),
        new AggregateSignature(name, min, max, kinds, returns, naming, prefix, Shape.SINGLE));
  }

  private static void put(
      Map<String, AggregateSignature> m,
      String name,
      int min,
      int max,
      List<ArgumentKind> kinds,
      ReturnRule returns,
      String prefix,
      Shape shape) {
    m.put(
        name,
        new AggregateSignature(
            name, min, max, kinds, returns, PREFIX_AND_FIRST_ARGUMENT, prefix, shape));
  }
}
