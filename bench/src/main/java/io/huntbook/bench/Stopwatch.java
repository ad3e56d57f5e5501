package io.huntbook.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall time and this process's CPU time (every thread, DuckDB's native ones included) since it
 * started. On a shared machine the wall time stretches with other people's load while the CPU time
 * stays near the work done, so throughput benchmarks report both.
 */
record Stopwatch(long startNanos, long startCpuNanos) {
  private static final OperatingSystemMXBean SYSTEM =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static Stopwatch start() {
    return new Stopwatch(System.nanoTime(), SYSTEM.getProcessCpuTime());
  }

  /** The elapsed wall and CPU seconds. */
  Lap lap() {
    return new Lap(
        (System.nanoTime() - startNanos) / 1e9, (SYSTEM.getProcessCpuTime() - startCpuNanos) / 1e9);
  }

  /** Elapsed time: wall-clock seconds and process CPU seconds. */
  record Lap(double wallSeconds, double cpuSeconds) {}
}
