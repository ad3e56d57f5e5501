package io.huntbook.notebook.exec;

import java.util.Objects;

/**
 * How a notebook runs.
 *
 * @param concurrency how many queries may be in flight at once (the hunting APIs allow a few; the
 *     local engine is bounded by its cores)
 * @param progress where to report progress
 */
public record RunOptions(int concurrency, Progress progress) {
  public static final int DEFAULT_CONCURRENCY = 4;

  public RunOptions {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    Objects.requireNonNull(progress);
  }

  public static RunOptions defaults() {
    return new RunOptions(DEFAULT_CONCURRENCY, Progress.forTerminal());
  }

  public static RunOptions quiet() {
    return new RunOptions(DEFAULT_CONCURRENCY, Progress.QUIET);
  }
}
