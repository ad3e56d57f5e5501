package io.huntbook.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.HuntingApi;
import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryException;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.NotebookRunner;
import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.RunResult;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Notebook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A notebook run against the API (issue 5): a KQL notebook of cheap queries over the demo tables,
 * run by {@link NotebookRunner} as {@code huntbook run --connection graph --concurrency N} wires
 * it, against the emulator with an injected latency. The baseline, in the same process, is one
 * cell's warm round trip through the same runner (median of a few); the ideal is that times {@code
 * ceil(cells / concurrency)}. The target is at most 1.5× the ideal.
 *
 * <p>The measured run starts from a fresh client and emulator, as a new {@code huntbook run} does.
 *
 * <p>Options: {@code --cells N} (20), {@code --concurrency N} (20), {@code --latency-ms N} (1000),
 * {@code --tenant-scale X} (0.05), {@code --baseline-runs N} (3).
 */
final class NotebookBenchmark {
  static final double TARGET_RATIO = 1.5;

  /* Cheap queries over the demo tables, cycled to fill the notebook. */
  private static final List<String> QUERIES =
      List.of(
          "DeviceInfo | summarize Devices = dcount(DeviceId) by OSPlatform",
          "DeviceProcessEvents | summarize Count = count() by ActionType",
          "DeviceNetworkEvents | take 10",
          "DeviceEvents | summarize Count = count() by ActionType | top 5 by Count desc",
          "DeviceLogonEvents | summarize Count = count() by LogonType",
          "DeviceFileEvents | take 10",
          "DeviceRegistryEvents | summarize Count = count() by ActionType",
          "IdentityLogonEvents | summarize Count = count() by ActionType",
          "IdentityDirectoryEvents | take 10",
          "IdentityQueryEvents | summarize Count = count() by QueryType",
          "EmailEvents | summarize Count = count() by EmailDirection",
          "CloudAppEvents | take 10",
          "AlertInfo | summarize Count = count() by Severity",
          "AlertEvidence | take 10",
          "DeviceProcessEvents | where FileName =~ \"powershell.exe\" | take 20",
          "DeviceNetworkEvents | summarize Count = count() by RemotePort | top 10 by Count desc",
          "DeviceInfo | project DeviceName, OSPlatform | take 20",
          "DeviceLogonEvents | where ActionType == \"LogonFailed\" | take 20",
          "DeviceProcessEvents | summarize Processes = count() by DeviceName"
              + " | top 5 by Processes desc",
          "IdentityLogonEvents | take 10");

  private NotebookBenchmark() {}

  static void run(BenchArguments arguments) throws Exception {
    int cells = arguments.integer("cells", 20);
    int concurrency = arguments.integer("concurrency", 20);
    Duration latency = Duration.ofMillis(arguments.number("latency-ms", 1000));
    int baselineRuns = arguments.integer("baseline-runs", 3);
    Notebook notebook = notebook(cells);
    try (LocalEngine engine = LoopbackService.demoTenant(arguments.decimal("tenant-scale", 0.05))) {
      RoundTrips trips = baselineRoundTrip(engine, latency, baselineRuns);
      double roundTrip = trips.medianSeconds();

      Stopwatch.Lap run;
      RunResult result;
      int requests;
      OptionalDouble warmSeconds = OptionalDouble.empty();
      try (LoopbackService service = new LoopbackService(engine, latency);
          BackendPool pool = new BackendPool(graphOnly(service))) {
        NotebookRunner runner = runner(pool, concurrency);
        Stopwatch stopwatch = Stopwatch.start();
        result = runner.run(notebook, SessionState.on("graph"));
        run = stopwatch.lap();
        requests = service.huntingRequests();
        requireSuccess(result);
        // Run again on the same client when the budget allows: without the token and the TLS
        // handshakes, what remains is the steady state.
        if (2 * cells <= HuntingApi.CALLS_PER_MINUTE) {
          long start = System.nanoTime();
          requireSuccess(runner.run(notebook, SessionState.on("graph")));
          warmSeconds = OptionalDouble.of(Summary.secondsSince(start));
        }
      }

      int waves = (cells + concurrency - 1) / concurrency;
      double ideal = roundTrip * waves;
      double ratio = run.wallSeconds() / ideal;
      String warm =
          warmSeconds.isPresent()
              ? String.format(
                  Locale.ROOT,
                  "%.2f s, %.2f× the ideal (the same client again: token cached, connections open)",
                  warmSeconds.getAsDouble(),
                  warmSeconds.getAsDouble() / ideal)
              : "skipped: two runs would exceed one minute's budget";
      new Summary("notebook: a KQL notebook run against the API")
          .line(
              "notebook",
              "%d cells, concurrency %d, Graph client → emulator, latency %d ms",
              cells,
              concurrency,
              latency.toMillis())
          .line(
              "wall time",
              "%.2f s (%d hunting requests, %d failed cells; %.2f s CPU in this process, client"
                  + " and emulator together)",
              run.wallSeconds(),
              requests,
              result.failures(),
              run.cpuSeconds())
          .line(
              "baseline",
              "%.3f s: one cell's round trip through the runner (median of %d)",
              roundTrip,
              baselineRuns)
          .line(
              "first call",
              "%.3f s: the baseline client's first round trip (the first in the process: class loading, token, TLS)",
              trips.firstSeconds())
          .line("ideal", "%.3f s (%d wave(s) of %d)", ideal, waves, concurrency)
          .line(
              "ratio",
              "%.2f× the ideal (target ≤ %.1f×: %s)",
              ratio,
              TARGET_RATIO,
              ratio <= TARGET_RATIO ? "met" : "NOT met")
          .line("warm rerun", "%s", warm)
          .print();
    }
  }

  /** The median of {@code runs} warm one-cell notebook runs, after one that fetches the token. */
  private static RoundTrips baselineRoundTrip(LocalEngine engine, Duration latency, int runs)
      throws Exception {
    Notebook one = notebook(1);
    try (LoopbackService service = new LoopbackService(engine, latency);
        BackendPool pool = new BackendPool(graphOnly(service))) {
      NotebookRunner runner = runner(pool, 1);
      return RoundTrips.measure(
          () -> requireSuccess(runner.run(one, SessionState.on("graph"))), runs);
    }
  }

  static Notebook notebook(int cells) {
    List<Cell> list = new ArrayList<>();
    for (int i = 0; i < cells; i++) {
      list.add(
          CodeCell.of(
              Optional.empty(),
              QUERIES.get(i % QUERIES.size()),
              JsonNodeFactory.instance.objectNode()));
    }
    return Notebook.create(list);
  }

  private static NotebookRunner runner(BackendPool pool, int concurrency) {
    CellExecutor executor = new CellExecutor(pool, KqlChecker.defender(), Throttle.NONE);
    return new NotebookRunner(executor, new RunOptions(concurrency, Progress.QUIET));
  }

  /** What the CLI's {@code --connection graph} gives the runner, pointed at the emulator. */
  private static BackendFactory graphOnly(LoopbackService service) {
    return name -> {
      if (!name.equals("graph")) {
        throw new QueryException("ConnectionFailed", "this benchmark only has graph, not " + name);
      }
      try {
        return Backends.open(service.graph(), service.context());
      } catch (ConnectionException e) {
        throw new QueryException("ConnectionFailed", e.getMessage());
      }
    };
  }

  private static void requireSuccess(RunResult result) {
    if (result.failures() > 0) {
      StringBuilder failures = new StringBuilder();
      for (RunResult.CellRun cell : result.cells()) {
        if (cell.result().failed()) {
          failures
              .append("\n  cell ")
              .append(cell.cellIndex())
              .append(": ")
              .append(cell.result().outputs());
        }
      }
      throw new IllegalStateException(result.failures() + " cell(s) failed:" + failures);
    }
  }
}
