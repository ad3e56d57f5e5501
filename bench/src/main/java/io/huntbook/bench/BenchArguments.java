package io.huntbook.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@code bench/run}: a benchmark name (no name means {@code front-end}, as
 * before) and {@code --option value} pairs. Each benchmark reads the options it knows; an option no
 * benchmark knows is an error, so a typo is not silently ignored.
 */
final class BenchArguments {
  static final Set<String> KNOWN =
      Set.of(
          "sample",
          "rows",
          "import-rows",
          "latency-ms",
          "queries",
          "cells",
          "concurrency",
          "tenant-scale",
          "baseline-runs");

  private final String name;
  private final Map<String, String> options;

  private BenchArguments(String name, Map<String, String> options) {
    this.name = name;
    this.options = options;
  }

  static BenchArguments parse(String[] args) {
    String name = "front-end";
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        String option = arg.substring(2);
        if (!KNOWN.contains(option)) {
          throw new IllegalArgumentException("unknown option --" + option + "; known: " + KNOWN);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--" + option + " needs a value");
        }
        options.put(option, args[++i]);
      } else {
        name = arg;
      }
    }
    return new BenchArguments(name, options);
  }

  String name() {
    return name;
  }

  long number(String option, long defaultValue) {
    String value = options.get(option);
    if (value == null) {
      return defaultValue;
    }
    try {
      long parsed = Long.parseLong(value.replace("_", ""));
      if (parsed < 1) {
        throw new IllegalArgumentException("--" + option + " must be positive, not " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " needs a whole number, not " + value);
    }
  }

  int integer(String option, int defaultValue) {
    return Math.toIntExact(number(option, defaultValue));
  }

  double decimal(String option, double defaultValue) {
    String value = options.get(option);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " needs a number, not " + value);
    }
  }
}
