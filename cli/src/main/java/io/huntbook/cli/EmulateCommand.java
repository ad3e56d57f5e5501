package io.huntbook.cli;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.defender.emulator.Emulator;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.emulator.Fault;
import io.huntbook.defender.emulator.FaultPlan;
import io.huntbook.engine.Backend;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook emulate}: serves the three hunting APIs and the token endpoint on loopback over
 * the embedded engine, so scripts and notebooks can be tried against a fake tenant.
 */
@Command(
    name = "emulate",
    description = "Serve the Defender hunting APIs and a token endpoint locally (TLS, loopback).")
final class EmulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Port on loopback (default: any free one).")
  int port;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Serve a workspace instead of the demo tenant.")
  String workspace;

  @Option(
      names = "--latency",
      paramLabel = "MS",
      defaultValue = "0",
      description =
          "The hunting APIs' response time: each answer leaves no sooner than this after its"
              + " request arrived.")
  long latencyMillis;

  @Option(
      names = "--rate-limit",
      paramLabel = "CALLS",
      defaultValue = "45",
      description =
          "Hunting calls allowed per minute before 429 (0: no limit). Default: ${DEFAULT-VALUE}.")
  int callsPerMinute;

  @Option(
      names = "--throttle",
      paramLabel = "N",
      defaultValue = "0",
      description = "Answer the first N hunting requests with 429.")
  int throttled;

  @Option(
      names = "--retry-after",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "Retry-After of injected 429s.")
  int retryAfter;

  @Option(
      names = "--server-errors",
      paramLabel = "N",
      defaultValue = "0",
      description = "Then answer N requests with 503.")
  int serverErrors;

  @Option(
      names = "--files",
      paramLabel = "DIR",
      description =
          "Where to write the emulator's credentials (owner-only) and certificate"
              + " (default: huntbook-emulator in the temp dir).")
  Path filesDirectory;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ConnectionSpec local =
        ConnectionSpec.fromOptions("local", null, null, workspace, null, null, null);
    Backend backend;
    try {
      backend = Backends.open(local, BackendContext.fromEnvironment(System.err));
    } catch (ConnectionException e) {
      throw new UserException(e.getMessage(), ExitCodes.FAILURE);
    }
    FaultPlan faults = FaultPlan.throttleStorm(throttled, retryAfter);
    for (int i = 0; i < serverErrors; i++) {
      faults.add(new Fault.ServerError(503));
    }
    EmulatorOptions options =
        EmulatorOptions.defaults(backend)
            .withPort(port)
            .withLatency(Duration.ofMillis(latencyMillis))
            .withFaults(faults)
            .withRateLimit(
                callsPerMinute <= 0
                    ? Optional.empty()
                    : Optional.of(
                        new EmulatorOptions.RateLimit(callsPerMinute, Duration.ofMinutes(1))));
    Path directory =
        filesDirectory != null
            ? filesDirectory
            : Path.of(System.getProperty("java.io.tmpdir"), "huntbook-emulator");
    try (backend;
        Emulator emulator = Emulator.start(options)) {
      PrintWriter out = spec.commandLine().getOut();
      // The secret goes to an owner-only file, never to the terminal.
      emulator.describe(emulator.writeConnectionFiles(directory)).forEach(out::println);
      out.println("Stop with Ctrl-C.");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
