package io.huntbook.defender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.defender.auth.AccessToken;
import io.huntbook.defender.auth.AuthorityOptions;
import io.huntbook.defender.auth.CertificateCredentials;
import io.huntbook.defender.auth.ClientSecretCredentials;
import io.huntbook.defender.auth.CredentialLoader;
import io.huntbook.defender.auth.MsalTokenSource;
import io.huntbook.defender.auth.Secret;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.emulator.Fault;
import io.huntbook.engine.QueryRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every path that handles a secret (success, refused secret, refused token, missing role,
 * throttling, unreadable certificate, bad config) while capturing standard output, standard error
 * and every java.util.logging record, then scans all of it, every exception message (with causes)
 * and every report line for the client secret and the access token.
 */
class SecretLeakTest {

  @Test
  void noSecretIsEverPrintedLoggedOrPutInAMessage(@TempDir Path directory) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    List<String> logged = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()) + " " + record.getParameters());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    Level originalLevel = root.getLevel();
    root.addHandler(handler);
    root.setLevel(Level.ALL);
    List<String> messages = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    System.setOut(capture);
    System.setErr(capture);
    try {
      FakeBackend fake =
          new FakeBackend().answer("q", SampleTables.everyType()).answer("print 1", one());
      try (EmulatorFixture fixture =
          new EmulatorFixture(
              EmulatorOptions.defaults(fake).withRoles(Set.of("ThreatHunting.Read.All")))) {
        ClientSecretCredentials real = fixture.emulator.credentials();
        secrets.add(real.secret().reveal());
        AccessToken token =
            MsalTokenSource.create(
                    real,
                    new AuthorityOptions(
                        fixture.emulator.authority(),
                        false,
                        Optional.of(fixture.emulator.clientTrust()),
                        System.out::println))
                .token("https://graph.microsoft.com/.default");
        secrets.add(token.value().reveal());

        // Success, with a 429 and a 500 on the way, and everything printed.
        fixture.emulator.faults().add(new Fault.Throttle(0), new Fault.ServerError(500));
        try (HuntingBackend graph = fixture.open(ConnectionSpec.Kind.GRAPH)) {
          System.out.println(graph.execute(QueryRequest.of("q")));
          System.out.println(graph.endpoint() + " " + graph.name());
          collect(messages, () -> graph.execute(QueryRequest.of("unknown | project x")));
        }
        // Missing role.
        try (HuntingBackend mde = fixture.open(ConnectionSpec.Kind.MDE)) {
          collect(messages, () -> mde.execute(QueryRequest.of("q")));
        }
        // Wrong secret, through the backend and the connection test.
        BackendContext wrong =
            fixture
                .context(EmulatorFixture.quickRetries())
                .withCredentials(
                    () ->
                        new ClientSecretCredentials(
                            real.tenantId(),
                            real.clientId(),
                            Secret.of(real.secret().reveal() + "x")));
        try (HuntingBackend refused =
            Backends.openRemote(fixture.spec(ConnectionSpec.Kind.GRAPH), wrong)) {
          collect(messages, () -> refused.execute(QueryRequest.of("q")));
        }
        ConnectionReport report =
            ConnectionTest.run(
                fixture.spec(ConnectionSpec.Kind.GRAPH),
                fixture.context(EmulatorFixture.quickRetries()));
        report.lines().forEach(System.out::println);
        System.out.println(report);
        ConnectionReport refusedReport =
            ConnectionTest.run(fixture.spec(ConnectionSpec.Kind.GRAPH), wrong);
        refusedReport.lines().forEach(System.out::println);
        System.out.println(refusedReport);
        // Everything that holds a secret, printed.
        System.out.println(real);
        System.out.println(token);
        System.out.println(real.secret());
        System.out.println(fixture.context(EmulatorFixture.quickRetries()));
      }
      // Loading: a secret in the wrong variable, an unreadable certificate with a password.
      String loose = "loose~secret!" + System.nanoTime();
      secrets.add(loose);
      collect(
          messages,
          () ->
              CredentialLoader.fromEnvironment(
                  Map.of(
                      CredentialLoader.TENANT_ID, loose,
                      CredentialLoader.CLIENT_ID, "app",
                      CredentialLoader.CLIENT_SECRET, loose)));
      Path notACertificate = directory.resolve("app.pem");
      Files.writeString(
          notACertificate,
          "-----BEGIN CERTIFICATE-----\n" + loose + "\n-----END CERTIFICATE-----\n");
      collect(
          messages,
          () ->
              MsalTokenSource.create(
                  new CertificateCredentials(
                      "tenant", "app", notACertificate, Optional.of(Secret.of(loose))),
                  new AuthorityOptions(
                      java.net.URI.create("https://login.microsoftonline.com/tenant/"),
                      true,
                      Optional.empty(),
                      System.out::println)));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      root.removeHandler(handler);
      root.setLevel(originalLevel);
    }

    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(messages).hasSizeGreaterThanOrEqualTo(5);
    assertThat(output).contains("connection works").contains("AADSTS7000215");
    for (String secret : secrets) {
      assertThat(output).doesNotContain(secret);
      assertThat(logged).noneMatch(line -> line.contains(secret));
      assertThat(messages).noneMatch(message -> message.contains(secret));
    }
  }

  private static io.huntbook.engine.result.ResultTable one() {
    return new io.huntbook.engine.result.ResultTable(
        List.of(
            new io.huntbook.engine.result.Column("print_0", io.huntbook.kql.types.KqlType.LONG)),
        List.of(List.of(1L)));
  }

  private interface Action {
    Object run() throws Exception;
  }

  /** Runs an action that must fail and keeps every message of the exception and its causes. */
  private static void collect(List<String> messages, Action action) {
    assertThatThrownBy(action::run)
        .satisfies(
            thrown -> {
              for (Throwable e = thrown; e != null; e = e.getCause()) {
                messages.add(String.valueOf(e.getMessage()));
                messages.add(e.toString());
                System.err.println(e);
              }
            });
  }
}
