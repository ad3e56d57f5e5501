package io.huntbook.kernel;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.kernel.kql.CellPrompts;
import io.huntbook.kernel.kql.KqlEvaluator;
import io.huntbook.kernel.kql.NotebookEvaluator;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.ConnectionBackends;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;

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

  /**
   * Cells checked by Huntbook's KQL front end (parse and bind against the Defender schema) before
   * they reach a backend, so every KQL error comes with line, column and caret.
   */
  public KernelEvaluators(BackendFactory factory) {
    this(factory, new CellPrompts(System.err));
  }

  private KernelEvaluators(BackendFactory factory, CellPrompts prompts) {
    this.backends = new BackendPool(factory);
    this.evaluator =
        new NotebookEvaluator(
            new CellExecutor(backends, KqlChecker.defender(), Throttle.NONE),
            SessionState.on(DEFAULT_CONNECTION),
            prompts);
  }

  /**
   * The evaluator over {@link ConnectionBackends} with settings from the environment; a device-code
   * sign-in shows its prompt under the cell that waits for it.
   */
  public static KernelEvaluators standard() {
    CellPrompts prompts = new CellPrompts(System.err);
    return new KernelEvaluators(
        new ConnectionBackends(
            ConnectionSpec.of(ConnectionSpec.Kind.LOCAL),
            BackendContext.fromEnvironment(System.err).withDeviceCodePrompt(prompts)),
        prompts);
  }

  public KqlEvaluator evaluator() {
    return evaluator;
  }

  @Override
  public void close() {
    backends.close();
  }
}
