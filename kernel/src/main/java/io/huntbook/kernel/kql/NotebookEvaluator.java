package io.huntbook.kernel.kql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.MimeBundle;
import io.huntbook.kernel.OutputSink;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.CellResult;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.model.Output;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs cells with the notebook's {@link CellExecutor}, the one the batch runner uses, so a cell
 * gives the same outputs in Jupyter and in {@code huntbook run}. Keeps the session ({@code
 * %connect}, {@code %timespan}, parameters) from one cell to the next. Streams and displays go to
 * the kernel as they are; the last {@code execute_result} becomes the cell's result, and an {@code
 * error} output its failure. Cells run one at a time.
 */
public final class NotebookEvaluator implements KqlEvaluator {
  private final CellExecutor executor;
  private final CellPrompts prompts;
  private volatile SessionState state;
  private int cells;

  public NotebookEvaluator(CellExecutor executor, SessionState initial) {
    this(executor, initial, new CellPrompts(System.err));
  }

  /**
   * @param prompts the relay the backends' sign-in prompts go through: while a cell runs, to its
   *     {@code stderr}
   */
  public NotebookEvaluator(CellExecutor executor, SessionState initial, CellPrompts prompts) {
    this.executor = executor;
    this.state = initial;
    this.prompts = prompts;
  }

  /** The session the next cell runs in. */
  public SessionState state() {
    return state;
  }

  @Override
  public synchronized Evaluation evaluate(String cell, OutputSink outputs)
      throws InterruptedException {
    cells++;
    CellResult result;
    try (CellPrompts.Scope scope = prompts.during(outputs)) {
      result = executor.execute(cell, state, "cell " + cells, OptionalInt.empty());
    }
    state = result.after();
    Optional<MimeBundle> value = Optional.empty();
    Evaluation.Failure failure = null;
    for (Output output : result.outputs()) {
      switch (output) {
        case Output.Stream stream ->
            outputs.stream(
                stream.name().equals("stderr")
                    ? OutputSink.StreamName.STDERR
                    : OutputSink.StreamName.STDOUT,
                stream.text());
        case Output.DisplayData display ->
            outputs.display(bundle(display.data(), display.metadata()));
        case Output.ExecuteResult executeResult -> {
          // Only the last result is the cell's value; show any earlier one as a display.
          value.ifPresent(outputs::display);
          value = Optional.of(bundle(executeResult.data(), executeResult.metadata()));
        }
        case Output.Error error ->
            failure = new Evaluation.Failure(error.ename(), error.evalue(), error.traceback());
      }
    }
    if (failure != null) {
      value.ifPresent(outputs::display);
      return failure;
    }
    return new Evaluation.Success(value);
  }

  private static MimeBundle bundle(ObjectNode data, ObjectNode metadata) {
    Map<String, JsonNode> representations = new LinkedHashMap<>();
    data.properties().forEach(field -> representations.put(field.getKey(), field.getValue()));
    Map<String, JsonNode> meta = new LinkedHashMap<>();
    metadata.properties().forEach(field -> meta.put(field.getKey(), field.getValue()));
    return new MimeBundle(representations, meta);
  }
}
