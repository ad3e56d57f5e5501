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
import java.nio.file.Files;
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

  @Option(names = "--port", defaultValue = "0", description = "Port (default: any free one).")
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
      description = "Added to every hunting request.")
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
      names = "--certificate-out",
      paramLabel = "PEM",
      description =
          "Write the emulator's certificate here (default: huntbook-emulator.pem in the temp dir).")
  Path certificateOut;

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
    Path pem =
        certificateOut != null
            ? certificateOut
            : Path.of(System.getProperty("java.io.tmpdir"), "huntbook-emulator.pem");
    try (backend;
        Emulator emulator = Emulator.start(options)) {
      Files.writeString(pem, emulator.certificatePem());
      var credentials = emulator.credentials();
      PrintWriter out = spec.commandLine().getOut();
      out.println("Huntbook emulator listening on " + emulator.baseUri());
      out.println("  Graph:    POST " + emulator.baseUri() + "/v1.0/security/runHuntingQuery");
      out.println("  M365D:    POST " + emulator.baseUri() + "/api/advancedhunting/run");
      out.println("  MDE:      POST " + emulator.baseUri() + "/api/advancedqueries/run");
      out.println("  token:    POST " + emulator.authority() + "/oauth2/v2.0/token");
      out.println("  TLS certificate (self-signed, made at start): " + pem);
      out.println();
      out.println("Test credentials it accepts (they are the emulator's own, not a tenant's):");
      out.println("  export HUNTBOOK_TENANT_ID=" + credentials.tenantId());
      out.println("  export HUNTBOOK_CLIENT_ID=" + credentials.clientId());
      out.println("  export HUNTBOOK_CLIENT_SECRET=" + credentials.secret().reveal());
      out.println();
      out.println("Try:");
      out.println(
          "  ./huntbook query --connection graph --endpoint "
              + emulator.baseUri()
              + " --authority "
              + emulator.baseUri()
              + " --trust "
              + pem
              + " \"print 1\"");
      out.println("Stop with Ctrl-C.");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
