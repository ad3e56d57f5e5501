package io.huntbook.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints the figures the README quotes: for the front end, the median over
 * the corpus of each query's parse+bind+lower time and its ratio to the parse-only baseline. Usage:
 * {@code bench/run [front-end] [--sample N]} (N corpus queries, evenly spread; default all).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    int sample = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      if ("--sample".equals(args[i]) && i + 1 < args.length) {
        sample = Integer.parseInt(args[++i]);
      }
    }
    frontEnd(sample);
  }

  private static void frontEnd(int sample) throws RunnerException {
    int total = Corpus.queries().size();
    int count = Math.min(sample, total);
    String[] indexes =
        IntStream.range(0, count)
            .map(i -> (int) ((long) i * total / count))
            .mapToObj(Integer::toString)
            .toArray(String[]::new);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(FrontEndBenchmark.class.getSimpleName())
            .param("query", indexes)
            .jvmArgsAppend("-Dhuntbook.shared=" + Corpus.shared(), "-Xss8m");
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, List<Double>> byBenchmark = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      byBenchmark
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(result.getPrimaryResult().getScore());
    }
    double baseline = median(byBenchmark.get("baselineParse"));
    System.out.printf(
        Locale.ROOT, "%nfront end over %d corpus queries (median per query)%n", count);
    for (var entry : byBenchmark.entrySet()) {
      double median = median(entry.getValue());
      System.out.printf(
          Locale.ROOT,
          "  %-16s %9.1f µs   %5.2f× the parse-only baseline%n",
          entry.getKey(),
          median,
          median / baseline);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
