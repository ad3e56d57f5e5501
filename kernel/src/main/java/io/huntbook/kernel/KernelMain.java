package io.huntbook.kernel;

import io.huntbook.kernel.kql.KqlEvaluator;
import io.huntbook.kernel.kql.KqlLanguage;
import io.huntbook.kernel.wire.ConnectionInfo;
import io.huntbook.kernel.wire.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Starts the KQL kernel on a connection file, as Jupyter does with the kernelspec's {@code argv},
 * and runs until a client asks it to shut down.
 */
public final class KernelMain {
  private KernelMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the kernel for {@code <connection-file>}; returns the process exit code. */
  public static int run(String[] args, PrintStream errors) {
    if (args.length != 1) {
      errors.println("usage: KernelMain <connection-file>");
      return 2;
    }
    try {
      serve(Path.of(args[0]));
      return 0;
    } catch (IOException e) {
      errors.println("huntbook kernel: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /**
   * Serves a connection file with the standard backends until a client asks for shutdown: what
   * {@code huntbook kernel run <connection-file>} does.
   */
  public static void serve(Path connectionFile) throws IOException, InterruptedException {
    try (KernelEvaluators evaluators = KernelEvaluators.standard()) {
      run(connectionFile, evaluators.evaluator());
    }
  }

  /** Serves the connection file with this evaluator until shutdown. */
  public static int run(Path connectionFile, KqlEvaluator evaluator)
      throws IOException, InterruptedException {
    ConnectionInfo info = ConnectionInfo.read(connectionFile);
    try (BaseKernel kernel = new BaseKernel(KqlLanguage.defender(evaluator), Session.create())) {
      kernel.start(info);
      kernel.awaitShutdown();
    }
    return 0;
  }
}
