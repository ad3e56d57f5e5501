package io.huntbook.notebook.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.params.NotebookParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a whole notebook. First every code cell is prepared in order (magics and parameters flow
 * from cell to cell) and checked, so all KQL errors are known before any API call is spent; a cell
 * with an error gets an {@code error} output and the others still run. Then the queries run in
 * parallel on virtual threads, at most {@link RunOptions#concurrency()} at a time, and outputs,
 * execution counts and metadata are written in cell order.
 */
public final class NotebookRunner {
  private final CellExecutor executor;
  private final RunOptions options;

  public NotebookRunner(CellExecutor executor, RunOptions options) {
    this.executor = executor;
    this.options = options;
  }

  /**
   * Runs a notebook once on backends opened for this run and closed after it: what {@code huntbook
   * run} and {@code huntbook hunt} do. (The kernel keeps its pool for a whole session.)
   */
  public static RunResult runOnce(
      Notebook notebook,
      BackendFactory backends,
      QueryChecker checker,
      Throttle throttle,
      RunOptions options,
      SessionState initial)
      throws InterruptedException {
    try (BackendPool pool = new BackendPool(backends)) {
      return new NotebookRunner(new CellExecutor(pool, checker, throttle), options)
          .run(notebook, initial);
    }
  }

  public RunResult run(Notebook notebook, SessionState initial) throws InterruptedException {
    List<CheckedCell> checked = check(notebook, initial);
    List<Integer> indexes = checked.stream().map(CheckedCell::cellIndex).toList();
    List<PreparedCell> prepared = checked.stream().map(CheckedCell::prepared).toList();

    List<OptionalInt> counts = new ArrayList<>();
    int next = 1;
    for (PreparedCell cell : prepared) {
      counts.add(
          cell.kind() == PreparedCell.Kind.EMPTY && !cell.hasProblems()
              ? OptionalInt.empty()
              : OptionalInt.of(next++));
    }

    List<CellResult> results = runAll(prepared, counts);

    List<Cell> cells = new ArrayList<>(notebook.cells());
    List<RunResult.CellRun> runs = new ArrayList<>();
    for (int k = 0; k < prepared.size(); k++) {
      int index = indexes.get(k);
      CodeCell cell = (CodeCell) cells.get(index);
      CellResult result = results.get(k);
      ObjectNode metadata = cell.metadata();
      if (result.huntbook().isEmpty()) {
        metadata.remove("huntbook");
      } else {
        metadata.set("huntbook", result.huntbook());
      }
      cells.set(index, cell.executed(counts.get(k), result.outputs(), metadata));
      runs.add(new RunResult.CellRun(index, prepared.get(k), result));
    }
    return new RunResult(notebook.withCells(cells), runs);
  }

  /** A code cell prepared for running: its index in {@link Notebook#cells()} and its check. */
  public record CheckedCell(int cellIndex, PreparedCell prepared) {}

  /**
   * Prepares and checks every code cell in order, as a run does before it sends anything (magics,
   * parameters and definitions flow from cell to cell); sends nothing. {@code huntbook check} shows
   * the problems found.
   */
  public List<CheckedCell> check(Notebook notebook, SessionState initial) {
    List<CheckedCell> checked = new ArrayList<>();
    SessionState state = initial;
    for (int i = 0; i < notebook.cells().size(); i++) {
      if (!(notebook.cells().get(i) instanceof CodeCell cell)) {
        continue;
      }
      PreparedCell ready = executor.prepare(cell.source(), state, name(cell, i));
      if (NotebookParameters.isPreludeCell(cell) && ready.kind() == PreparedCell.Kind.QUERY) {
        ready =
            ready.withProblem(
                new CellProblem(
                    "HB0004",
                    "a cell tagged parameters, injected-parameters or definitions holds only let"
                        + " statements",
                    0,
                    0,
                    List.of(
                        "HB0004 a cell tagged parameters, injected-parameters or definitions"
                            + " holds only let statements")));
      }
      checked.add(new CheckedCell(i, ready));
      state = ready.after();
    }
    return checked;
  }

  private List<CellResult> runAll(List<PreparedCell> prepared, List<OptionalInt> counts)
      throws InterruptedException {
    Semaphore slots = new Semaphore(options.concurrency());
    AtomicInteger done = new AtomicInteger();
    Progress progress = options.progress();
    progress.started(prepared.size());
    List<Future<CellResult>> futures = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int k = 0; k < prepared.size(); k++) {
        PreparedCell cell = prepared.get(k);
        OptionalInt count = counts.get(k);
        futures.add(
            threads.submit(
                () -> {
                  CellResult result = runOne(cell, count, slots);
                  progress.finished(
                      done.incrementAndGet(), prepared.size(), cell.sourceName(), result.status());
                  return result;
                }));
      }
      List<CellResult> results = new ArrayList<>();
      for (Future<CellResult> future : futures) {
        results.add(await(future));
      }
      return results;
    } catch (InterruptedException e) {
      futures.forEach(future -> future.cancel(true));
      throw e;
    } finally {
      progress.ended();
    }
  }

  private CellResult runOne(PreparedCell cell, OptionalInt count, Semaphore slots)
      throws InterruptedException {
    boolean sends = cell.kind() == PreparedCell.Kind.QUERY && !cell.hasProblems();
    if (sends) {
      slots.acquire();
    }
    try {
      return executor.run(cell, count);
    } catch (RuntimeException bug) {
      // A failing backend must not take the other cells' results with it.
      String message = bug.getClass().getSimpleName() + ": " + bug.getMessage();
      return new CellResult(
          CellResult.Status.ERROR,
          List.of(new Output.Error("HB0900", "internal error: " + message, List.of(message))),
          Json.object(),
          java.util.Optional.empty(),
          cell.after());
    } finally {
      if (sends) {
        slots.release();
      }
    }
  }

  private static CellResult await(Future<CellResult> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException("cell task failed", e.getCause());
    }
  }

  private static String name(Cell cell, int index) {
    return cell.id().map(id -> "cell " + index + " (" + id + ")").orElse("cell " + index);
  }
}
