package io.huntbook.defender;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.emulator.FaultPlan;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A storm of 429s in the middle of a notebook's batch of queries: every query must still complete,
 * and the batch must take at least as long as the {@code Retry-After} waits the service asked for.
 */
class ThrottleStormTest {
  private static final int RETRY_AFTER_SECONDS = 1;

  private final FakeBackend fake =
      new FakeBackend()
          .answer("q0", SampleTables.numbers(1))
          .answer("q1", SampleTables.numbers(2))
          .answer("q2", SampleTables.numbers(3))
          .answer("q3", SampleTables.numbers(4))
          .answer("q4", SampleTables.numbers(5));

  @Test
  void aSequentialBatchWaitsOutEveryThrottle() throws Exception {
    int storm = 3;
    try (EmulatorFixture fixture =
            new EmulatorFixture(
                EmulatorOptions.defaults(fake)
                    .withFaults(FaultPlan.throttleStorm(storm, RETRY_AFTER_SECONDS)));
        HuntingBackend backend = fixture.open(ConnectionSpec.Kind.GRAPH)) {
      long started = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        assertThat(backend.execute(QueryRequest.of("q" + i)).rowCount()).isEqualTo(i + 1);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

      assertThat(fixture.emulator.faults().remaining()).isZero();
      assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(5 + storm);
      assertThat(elapsed)
          .isGreaterThanOrEqualTo(Duration.ofSeconds((long) storm * RETRY_AFTER_SECONDS));
    }
  }

  @Test
  void concurrentQueriesShareTheWaitAndAllComplete() throws Exception {
    int storm = 4;
    try (EmulatorFixture fixture =
            new EmulatorFixture(
                EmulatorOptions.defaults(fake)
                    .withFaults(FaultPlan.throttleStorm(storm, RETRY_AFTER_SECONDS)));
        HuntingBackend first = fixture.open(ConnectionSpec.Kind.GRAPH);
        HuntingBackend second = fixture.open(ConnectionSpec.Kind.GRAPH)) {
      ExecutorService pool = Executors.newFixedThreadPool(5);
      try {
        long started = System.nanoTime();
        List<Future<ResultTable>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          HuntingBackend backend = i % 2 == 0 ? first : second;
          String query = "q" + i;
          results.add(pool.submit(() -> backend.execute(QueryRequest.of(query))));
        }
        for (int i = 0; i < 5; i++) {
          assertThat(results.get(i).get().rowCount()).isEqualTo(i + 1);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(fixture.emulator.faults().remaining()).isZero();
        assertThat(fixture.emulator.huntingRequestCount()).isEqualTo(5 + storm);
        // Both backends hold the same identity, so the process asked for one token only.
        assertThat(fixture.emulator.tokenRequestCount()).isEqualTo(1);
        // The two backends share one limiter (same API, host and tenant), so a 429 to one holds
        // back the other as well: a query refused once waits the full Retry-After.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
