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
 * Runs the benchmarks by name and prints one summary block each, every figure beside a baseline
 * measured in the same process and the ratio between them. Usage: {@code bench/run [NAME] [--option
 * value]…}, NAME one of {@code front-end} (the default), {@code generation}, {@code import}, {@code
 * api-limits}, {@code notebook}, or {@code all}.
 *
 * <p>Options: {@code --sample N} corpus queries for the front end (evenly spread; default all);
 * {@code --rows N} generated rows; {@code --import-rows N} records in the imported file; {@code
 * --latency-ms N} the emulator's latency; {@code --queries N} for api-limits; {@code --cells N} and
 * {@code --concurrency N} for the notebook; {@code --tenant-scale X} of the demo tenant behind the
 * emulator; {@code --baseline-runs N} round trips the baseline takes the median of.
 */
public final class BenchMain {
  private static final List<String> NAMES =
      List.of("front-end", "generation", "import", "api-limits", "notebook");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchArguments arguments;
    try {
      arguments = BenchArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    String name = arguments.name();
    if (!name.equals("all") && !NAMES.contains(name)) {
      System.err.println(
          "bench: unknown benchmark " + name + "; choose one of " + NAMES + " or all");
      System.exit(2);
    }
    for (String each : name.equals("all") ? NAMES : List.of(name)) {
      run(each, arguments);
    }
  }

  private static void run(String name, BenchArguments arguments) throws Exception {
    switch (name) {
      case "front-end" -> frontEnd(arguments.integer("sample", Integer.MAX_VALUE));
      case "generation" -> GenerationBenchmark.run(arguments);
      case "import" -> ImportBenchmark.run(arguments);
      case "api-limits" -> ApiLimitsBenchmark.run(arguments);
      case "notebook" -> NotebookBenchmark.run(arguments);
      default -> throw new IllegalArgumentException("unknown benchmark " + name);
    }
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
