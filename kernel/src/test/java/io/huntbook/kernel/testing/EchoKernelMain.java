package io.huntbook.kernel.testing;

import io.huntbook.kernel.KernelMain;
import io.huntbook.kernel.kql.NotebookEvaluator;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.SessionState;
import java.nio.file.Path;

/** The KQL kernel over an {@link EchoBackend}, for protocol tests that need no engine. */
public final class EchoKernelMain {
  private EchoKernelMain() {}

  public static void main(String[] args) throws Exception {
    NotebookEvaluator evaluator =
        new NotebookEvaluator(
            new CellExecutor(BackendPool.of(new EchoBackend())), SessionState.on("local"));
    System.exit(KernelMain.run(Path.of(args[0]), evaluator));
  }
}
