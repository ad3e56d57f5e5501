package io.huntbook.notebook.exec;

import io.huntbook.notebook.model.Notebook;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run: the executed notebook (outputs in cell order) and every code cell's result.
 *
 * @param cells one entry per code cell, in notebook order
 */
public record RunResult(Notebook notebook, List<CellRun> cells) {
  public RunResult {
    Objects.requireNonNull(notebook);
    cells = List.copyOf(cells);
  }

  /** One code cell of the run. */
  public record CellRun(int cellIndex, PreparedCell prepared, CellResult result) {}

  /** The run of the cell at an index of {@link Notebook#cells()}. */
  public Optional<CellRun> cell(int cellIndex) {
    return cells.stream().filter(run -> run.cellIndex() == cellIndex).findFirst();
  }

  public long failures() {
    return cells.stream().filter(run -> run.result().failed()).count();
  }
}
