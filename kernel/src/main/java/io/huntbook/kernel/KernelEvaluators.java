package io.huntbook.kernel;

import io.huntbook.engine.QueryException;
import io.huntbook.kernel.kql.KqlEvaluator;
import io.huntbook.kernel.kql.NotebookEvaluator;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.SessionState;

/**
 * What runs the kernel's cells: the notebook's cell executor over a pool of backends, opened on
 * first use (so the kernel answers {@code kernel_info} before any engine starts), starting on the
 * {@code local} connection. Closing it closes the backends.
 */
public final class KernelEvaluators implements AutoCloseable {
  /** The connection a new kernel session starts on. */
  public static final String DEFAULT_CONNECTION = "local";

  private final BackendPool backends;
  private final NotebookEvaluator evaluator;

  public KernelEvaluators(BackendFactory factory) {
    this.backends = new BackendPool(factory);
    this.evaluator =
        new NotebookEvaluator(new CellExecutor(backends), SessionState.on(DEFAULT_CONNECTION));
  }

  /** The evaluator with the backends of this build. */
  public static KernelEvaluators standard() {
    return new KernelEvaluators(
        connection -> {
          throw new QueryException(
              "HB0001", "connection '" + connection + "' is not available in this build yet");
        });
  }

  public KqlEvaluator evaluator() {
    return evaluator;
  }

  @Override
  public void close() {
    backends.close();
  }
}
