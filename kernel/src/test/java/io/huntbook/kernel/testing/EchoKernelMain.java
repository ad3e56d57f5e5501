package io.huntbook.kernel.testing;

import io.huntbook.kernel.KernelEvaluators;
import io.huntbook.kernel.KernelMain;
import java.nio.file.Path;

/**
 * The KQL kernel as {@link KernelMain} runs it (cells checked by the KQL front end) but over an
 * {@link EchoBackend}, for protocol tests that need no engine.
 */
public final class EchoKernelMain {
  private EchoKernelMain() {}

  public static void main(String[] args) throws Exception {
    int status;
    try (KernelEvaluators evaluators = new KernelEvaluators(connection -> new EchoBackend())) {
      status = KernelMain.run(Path.of(args[0]), evaluators.evaluator());
    }
    System.exit(status);
  }
}
