package io.huntbook.engine.conformance;

import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs conformance cases through a local engine and judges each one. */
final class ConformanceRun {
  /** The fixed {@code now()} of every case, so results do not depend on the clock. */
  static final Instant NOW = Instant.parse("2024-01-15T12:00:00Z");

  private static final long TIMEOUT_SECONDS = 20;

  record Outcome(ConformanceCase testCase, boolean passed, String detail) {}

  private ConformanceRun() {}

  static List<Outcome> run(LocalEngine engine, List<ConformanceCase> cases) {
    List<Outcome> outcomes = new ArrayList<>();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (ConformanceCase testCase : cases) {
        outcomes.add(judge(engine, executor, testCase));
      }
    } finally {
      executor.shutdownNow();
    }
    return outcomes;
  }

  private static Outcome judge(
      LocalEngine engine, ExecutorService executor, ConformanceCase testCase) {
    QueryRequest request =
        new QueryRequest(testCase.kql(), testCase.id(), Optional.empty(), Optional.of(NOW));
    Future<ResultTable> future = executor.submit(() -> engine.execute(request));
    ResultTable result;
    try {
      result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Outcome(testCase, false, "timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(testCase, false, "interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof QueryException q) {
        return new Outcome(
            testCase,
            testCase.expectError(),
            q.code() + " " + q.getMessage().lines().findFirst().orElse(""));
      }
      return new Outcome(testCase, false, "crashed: " + cause);
    }
    if (testCase.expectError()) {
      return new Outcome(testCase, false, "Kusto rejects this query; the engine ran it");
    }
    Optional<String> difference = ResultComparison.compare(testCase, result);
    return new Outcome(testCase, difference.isEmpty(), difference.orElse("ok"));
  }
}
