package io.huntbook.defender;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.defender.auth.ClientSecretCredentials;
import io.huntbook.defender.auth.Secret;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionTestServiceTest {
  private final FakeBackend fake =
      new FakeBackend()
          .answer(
              "print 1",
              new ResultTable(List.of(new Column("print_0", KqlType.LONG)), List.of(List.of(1L))));

  @Test
  void aWorkingConnectionReportsEndpointAuthorityAndPermission() throws Exception {
    try (EmulatorFixture fixture = new EmulatorFixture(EmulatorOptions.defaults(fake))) {
      ConnectionReport report =
          ConnectionTest.run(
              fixture.spec(ConnectionSpec.Kind.M365D),
              fixture.context(EmulatorFixture.quickRetries()));

      assertThat(report.ok()).as(String.join("\n", report.lines())).isTrue();
      assertThat(report.endpoint())
          .isEqualTo(fixture.emulator.baseUri() + "/api/advancedhunting/run");
      assertThat(report.authority()).contains(fixture.emulator.authority().toString());
      assertThat(report.permissionNeeded()).contains("AdvancedHunting.Read.All");
      assertThat(report.granted()).contains("AdvancedHunting.Read.All");
      assertThat(report.lines())
          .anyMatch(line -> line.contains("AdvancedHunting.Read.All (granted)"))
          .anyMatch(line -> line.contains("connection works"));
    }
  }

  @Test
  void aMissingRoleIsReportedWithTheFix() throws Exception {
    try (EmulatorFixture fixture =
        new EmulatorFixture(
            EmulatorOptions.defaults(fake).withRoles(Set.of("AdvancedHunting.Read.All")))) {
      ConnectionReport report =
          ConnectionTest.run(
              fixture.spec(ConnectionSpec.Kind.GRAPH),
              fixture.context(EmulatorFixture.quickRetries()));

      assertThat(report.ok()).isFalse();
      assertThat(report.queryRan()).isFalse();
      assertThat(report.problems())
          .anyMatch(
              problem ->
                  problem.contains("ThreatHunting.Read.All") && problem.contains("admin consent"));
      assertThat(report.lines())
          .anyMatch(line -> line.contains("ThreatHunting.Read.All (MISSING)"));
    }
  }

  @Test
  void refusedCredentialsAreAProblemNotACrash() throws Exception {
    try (EmulatorFixture fixture = new EmulatorFixture(EmulatorOptions.defaults(fake))) {
      ClientSecretCredentials real = fixture.emulator.credentials();
      BackendContext context =
          fixture
              .context(EmulatorFixture.quickRetries())
              .withCredentials(
                  () ->
                      new ClientSecretCredentials(
                          real.tenantId(), real.clientId(), Secret.of("wrong-secret")));

      ConnectionReport report =
          ConnectionTest.run(fixture.spec(ConnectionSpec.Kind.GRAPH), context);

      assertThat(report.ok()).isFalse();
      assertThat(report.problems()).anyMatch(problem -> problem.contains("AADSTS7000215"));
      assertThat(report.identity())
          .hasValueSatisfying(identity -> assertThat(identity).contains(real.clientId()));
    }
  }

  @Test
  void theLocalConnectionRunsPrintOneOnTheLocalBackend() throws Exception {
    BackendContext context =
        BackendContext.fromEnvironment(System.err).withLocalOpener(spec -> fake);

    ConnectionReport report =
        ConnectionTest.run(ConnectionSpec.of(ConnectionSpec.Kind.LOCAL), context);

    assertThat(report.ok()).isTrue();
    assertThat(report.connection()).isEqualTo("local");
  }
}
