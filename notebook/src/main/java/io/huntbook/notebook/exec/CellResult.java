package io.huntbook.notebook.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.model.Output;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one cell produced.
 *
 * @param outputs the nbformat outputs, in order
 * @param huntbook the cell's {@code huntbook} metadata (query, connection, timespan, rows,
 *     truncated, duration_ms, request_id, status); empty for cells that sent nothing
 * @param table the full result, for exports and summaries (outputs may hold fewer rows)
 * @param after the session for the next cell
 */
public record CellResult(
    Status status,
    List<Output> outputs,
    ObjectNode huntbook,
    Optional<ResultTable> table,
    SessionState after) {

  /** How the cell ended. */
  public enum Status {
    OK,
    ERROR
  }

  public CellResult {
    Objects.requireNonNull(status);
    outputs = List.copyOf(outputs);
    huntbook = huntbook.deepCopy();
    Objects.requireNonNull(table);
    Objects.requireNonNull(after);
  }

  @Override
  public ObjectNode huntbook() {
    return huntbook.deepCopy();
  }

  public boolean failed() {
    return status == Status.ERROR;
  }
}
