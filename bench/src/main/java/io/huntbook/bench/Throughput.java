package io.huntbook.bench;

import java.util.Locale;

/** How the throughput benchmarks word their figures: rows per second of wall and of CPU time. */
final class Throughput {
  private Throughput() {}

  static String describe(long rows, Stopwatch.Lap lap) {
    return String.format(
        Locale.ROOT,
        "%.2f s wall  %,.0f rows/s   (%.2f s CPU  %,.0f rows/CPU-s)",
        lap.wallSeconds(),
        rows / lap.wallSeconds(),
        lap.cpuSeconds(),
        rows / lap.cpuSeconds());
  }

  static String ratio(Stopwatch.Lap measured, Stopwatch.Lap baseline) {
    return String.format(
        Locale.ROOT,
        "%.2f× the baseline's wall time   (%.2f× its CPU time)",
        measured.wallSeconds() / baseline.wallSeconds(),
        measured.cpuSeconds() / baseline.cpuSeconds());
  }
}
