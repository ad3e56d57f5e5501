package io.huntbook.bench;

import io.huntbook.defender.HuntingApi;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A batch of queries under the default call limit (issue 4): 45 queries sent at once on virtual
 * threads through the real Graph client to the emulator, which answers after an injected latency of
 * one second and enforces 45 calls a minute. The baseline, in the same process, is one query's warm
 * round trip with the same latency (median of a few, on an emulator of its own so it spends none of
 * the batch's budget). With the batch inside the per-minute budget the ideal is one round trip;
 * past it, one more minute per further budget's worth.
 *
 * <p>The batch runs on a fresh client, as a new {@code huntbook run} would: its wall time includes
 * getting a token and one TLS handshake per connection.
 *
 * <p>Options: {@code --queries N} (45), {@code --latency-ms N} (1000), {@code --tenant-scale X}
 * (0.05), {@code --baseline-runs N} (3).
 */
final class ApiLimitsBenchmark {
  static final String QUERY = "DeviceInfo | summarize Devices = dcount(DeviceId) by OSPlatform";

  private ApiLimitsBenchmark() {}

  static void run(BenchArguments arguments) throws Exception {
    int queries = arguments.integer("queries", HuntingApi.CALLS_PER_MINUTE);
    Duration latency = Duration.ofMillis(arguments.number("latency-ms", 1000));
    int baselineRuns = arguments.integer("baseline-runs", 3);
    if (baselineRuns + 1 > HuntingApi.CALLS_PER_MINUTE) {
      throw new IllegalArgumentException("--baseline-runs must stay within one minute's budget");
    }
    try (LocalEngine engine = LoopbackService.demoTenant(arguments.decimal("tenant-scale", 0.05))) {
      RoundTrips trips = baselineRoundTrip(engine, latency, baselineRuns);
      double roundTrip = trips.medianSeconds();

      Stopwatch.Lap batch;
      int requests;
      try (LoopbackService service = new LoopbackService(engine, latency);
          HuntingBackend graph = service.openGraph()) {
        Stopwatch stopwatch = Stopwatch.start();
        runConcurrently(graph, queries);
        batch = stopwatch.lap();
        requests = service.huntingRequests();
      }

      int budgets = (queries + HuntingApi.CALLS_PER_MINUTE - 1) / HuntingApi.CALLS_PER_MINUTE;
      double ideal = (budgets - 1) * 60.0 + roundTrip;
      new Summary("api-limits: a concurrent batch under 45 calls a minute")
          .line(
              "batch",
              "%d queries at once (virtual threads), Graph client → emulator," + " latency %d ms",
              queries,
              latency.toMillis())
          .line(
              "wall time",
              "%.2f s (%d hunting requests reached the emulator; %.2f s CPU in"
                  + " this process, client and emulator together)",
              batch.wallSeconds(),
              requests,
              batch.cpuSeconds())
          .line(
              "baseline",
              "%.3f s: one query's round trip (median of %d, same latency)",
              roundTrip,
              baselineRuns)
          .line(
              "first call",
              "%.3f s: the baseline client's first round trip (the first in the process: class loading, token, TLS)",
              trips.firstSeconds())
          .line("ideal", "%.3f s (%d per-minute budget(s))", ideal, budgets)
          .line("ratio", "%.2f× the ideal", batch.wallSeconds() / ideal)
          .print();
    }
  }

  /** The median of {@code runs} warm round trips, after one that fetches the token. */
  static RoundTrips baselineRoundTrip(LocalEngine engine, Duration latency, int runs)
      throws Exception {
    try (LoopbackService service = new LoopbackService(engine, latency);
        HuntingBackend graph = service.openGraph()) {
      return RoundTrips.measure(() -> check(graph.execute(QueryRequest.of(QUERY))), runs);
    }
  }

  private static void runConcurrently(HuntingBackend graph, int queries) throws Exception {
    List<Future<ResultTable>> results = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < queries; i++) {
        results.add(threads.submit(() -> graph.execute(QueryRequest.of(QUERY))));
      }
      for (Future<ResultTable> result : results) {
        check(result.get());
      }
    }
  }

  private static void check(ResultTable table) {
    if (table.rowCount() == 0) {
      throw new IllegalStateException("the benchmark query returned no rows: " + QUERY);
    }
  }
}
