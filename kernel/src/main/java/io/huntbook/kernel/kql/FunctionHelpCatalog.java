package io.huntbook.kernel.kql;

import io.huntbook.kql.functions.AggregateCatalog;
import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.functions.FunctionCatalog;
import io.huntbook.kql.functions.FunctionSignature;
import io.huntbook.kql.functions.ReturnRule;
import io.huntbook.kql.types.KqlType;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Inspection help for the built-in functions, written from the binder's function and aggregate
 * catalogs: {@code name(kind, kind[, kind]) -> type}, with {@code ...} for variadic functions and
 * the result type when it does not depend on the arguments.
 */
final class FunctionHelpCatalog {
  private static final Map<String, FunctionHelp> ALL = build();

  private FunctionHelpCatalog() {}

  /** Every built-in scalar and aggregation function by name. */
  static Map<String, FunctionHelp> all() {
    return ALL;
  }

  private static Map<String, FunctionHelp> build() {
    Map<String, FunctionHelp> help = new TreeMap<>();
    for (AggregateSignature aggregate : AggregateCatalog.all()) {
      help.put(
          aggregate.name(),
          new FunctionHelp(
              aggregate.name(),
              signature(
                  aggregate.name(),
                  aggregate.minArguments(),
                  aggregate.maxArguments(),
                  aggregate::parameter,
                  aggregate.returnRule()),
              "aggregation function (in summarize)"));
    }
    for (FunctionSignature function : FunctionCatalog.all()) {
      help.put(
          function.name(),
          new FunctionHelp(
              function.name(),
              signature(
                  function.name(),
                  function.minArguments(),
                  function.maxArguments(),
                  function::parameter,
                  function.returnRule()),
              "scalar function"));
    }
    return Collections.unmodifiableMap(help);
  }

  static String signature(
      String name,
      int minArguments,
      int maxArguments,
      IntFunction<ArgumentKind> parameter,
      ReturnRule returnRule) {
    StringBuilder text = new StringBuilder(name).append('(');
    // strcat takes up to 64 arguments: beyond a few, write "..." rather than every one.
    boolean variadic = maxArguments > minArguments + 4;
    int shown = variadic ? Math.max(minArguments, 1) : maxArguments;
    for (int i = 0; i < shown; i++) {
      if (i == minArguments) {
        text.append('[');
      }
      if (i > 0) {
        text.append(", ");
      }
      text.append(kindName(parameter.apply(i)));
    }
    if (!variadic && maxArguments > minArguments) {
      text.append(']');
    }
    if (variadic) {
      text.append(shown > minArguments ? "]" : "").append(", ...");
    }
    text.append(')');
    KqlType result =
        returnRule.returnType(Collections.nCopies(Math.max(minArguments, 1), KqlType.UNKNOWN));
    if (result != KqlType.UNKNOWN) {
      text.append(" -> ").append(result.kqlName());
    }
    return text.toString();
  }

  private static String kindName(ArgumentKind kind) {
    return kind == ArgumentKind.STAR_OR_ANY ? "* or any" : kind.name().toLowerCase(Locale.ROOT);
  }

  /** The names, for completion. */
  static List<String> names() {
    return List.copyOf(ALL.keySet());
  }
}
