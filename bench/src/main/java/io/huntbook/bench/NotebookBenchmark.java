package io.huntbook.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
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
import java.util.Optional;

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
      double roundTrip = baselineRoundTrip(engine, latency, baselineRuns);

      double runSeconds;
      RunResult result;
      int requests;
      try (LoopbackService service = new LoopbackService(engine, latency);
          BackendPool pool = new BackendPool(graphOnly(service))) {
        long start = System.nanoTime();
        result = runner(pool, concurrency).run(notebook, SessionState.on("graph"));
        runSeconds = Summary.secondsSince(start);
        requests = service.huntingRequests();
      }
      requireSuccess(result);

      int waves = (cells + concurrency - 1) / concurrency;
      double ideal = roundTrip * waves;
      double ratio = runSeconds / ideal;
      new Summary("notebook: a KQL notebook run against the API")
          .line(
              "notebook",
              "%d cells, concurrency %d, Graph client → emulator, latency %d ms",
              cells,
              concurrency,
              latency.toMillis())
          .line(
              "wall time",
              "%.2f s (%d hunting requests, %d failed cells)",
              runSeconds,
              requests,
              result.failures())
          .line(
              "baseline",
              "%.3f s: one cell's round trip through the runner (median of %d)",
              roundTrip,
              baselineRuns)
          .line("ideal", "%.3f s (%d wave(s) of %d)", ideal, waves, concurrency)
          .line(
              "ratio",
              "%.2f× the ideal (target ≤ %.1f×: %s)",
              ratio,
              TARGET_RATIO,
              ratio <= TARGET_RATIO ? "met" : "NOT met")
          .print();
    }
  }

  /** The median of {@code runs} warm one-cell notebook runs, after one that fetches the token. */
  private static double baselineRoundTrip(LocalEngine engine, Duration latency, int runs)
      throws Exception {
    Notebook one = notebook(1);
    try (LoopbackService service = new LoopbackService(engine, latency);
        BackendPool pool = new BackendPool(graphOnly(service))) {
      NotebookRunner runner = runner(pool, 1);
      requireSuccess(runner.run(one, SessionState.on("graph")));
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        RunResult result = runner.run(one, SessionState.on("graph"));
        times.add(Summary.secondsSince(start));
        requireSuccess(result);
      }
      return times.stream().sorted().toList().get(runs / 2);
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
