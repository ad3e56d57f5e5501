package io.huntbook.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A baseline of single round trips on one fresh client: the first call, which also gets a token and
 * opens a connection, and the median of the warm calls after it.
 *
 * @param firstSeconds the first call's wall time
 * @param medianSeconds the median wall time of the warm calls
 * @param warmCalls how many warm calls the median is over
 */
record RoundTrips(double firstSeconds, double medianSeconds, int warmCalls) {

  /** One round trip; throws if its answer is wrong. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  static RoundTrips measure(Call call, int warmCalls) throws Exception {
    long start = System.nanoTime();
    call.run();
    double first = Summary.secondsSince(start);
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < warmCalls; i++) {
      start = System.nanoTime();
      call.run();
      times.add(Summary.secondsSince(start));
    }
    return new RoundTrips(first, times.stream().sorted().toList().get(warmCalls / 2), warmCalls);
  }
}
