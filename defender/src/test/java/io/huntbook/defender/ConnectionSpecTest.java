package io.huntbook.defender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionSpecTest {

  @ParameterizedTest
  @CsvSource({
    "graph, public, , https://graph.microsoft.com/v1.0/security/runHuntingQuery, https://graph.microsoft.com/.default",
    "m365d, public, , https://api.security.microsoft.com/api/advancedhunting/run, https://api.security.microsoft.com/.default",
    "mde, public, , https://api.securitycenter.microsoft.com/api/advancedqueries/run, https://api.securitycenter.microsoft.com/.default",
    "m365d, public, eu, https://eu.api.security.microsoft.com/api/advancedhunting/run, https://api.security.microsoft.com/.default",
    "mde, gcc, , https://api-gcc.securitycenter.microsoft.us/api/advancedqueries/run, https://api-gcc.securitycenter.microsoft.us/.default",
    "graph, gcc-high, , https://graph.microsoft.us/v1.0/security/runHuntingQuery, https://graph.microsoft.us/.default",
    "graph, dod, , https://dod-graph.microsoft.us/v1.0/security/runHuntingQuery, https://dod-graph.microsoft.us/.default",
  })
  void resolvesEndpointAndScopePerCloud(
      String connection, String cloud, String region, String endpoint, String scope) {
    ConnectionSpec spec =
        ConnectionSpec.fromOptions(connection, null, null, null, cloud, region, null);

    assertThat(spec.resolvedEndpoint()).isEqualTo(URI.create(endpoint));
    assertThat(spec.scope()).isEqualTo(scope);
  }

  @Test
  void governmentCloudsSignInAtTheirOwnAuthority() {
    assertThat(
            ConnectionSpec.fromOptions("graph", null, null, null, "gcc-high", null, null)
                .resolvedAuthority())
        .isEqualTo(URI.create("https://login.microsoftonline.us"));
    assertThat(
            ConnectionSpec.fromOptions(null, null, null, null, null, null, null)
                .resolvedAuthority())
        .isEqualTo(URI.create("https://login.microsoftonline.com"));
  }

  @Test
  void anEndpointHostGetsTheApiPathAndAFullUrlIsKept() {
    assertThat(
            ConnectionSpec.fromOptions(
                    "mde", "https://127.0.0.1:8443", null, null, null, null, null)
                .resolvedEndpoint())
        .isEqualTo(URI.create("https://127.0.0.1:8443/api/advancedqueries/run"));
    assertThat(
            ConnectionSpec.fromOptions(
                    "graph",
                    "https://proxy.example/beta/security/runHuntingQuery",
                    null,
                    null,
                    null,
                    null,
                    null)
                .resolvedEndpoint())
        .isEqualTo(URI.create("https://proxy.example/beta/security/runHuntingQuery"));
  }

  @Test
  void defaultsToGraph() {
    assertThat(ConnectionSpec.fromOptions(null, null, null, null, null, null, null).kind())
        .isEqualTo(ConnectionSpec.Kind.GRAPH);
  }

  @Test
  void badOptionsAreNamedInTheMessage() {
    assertThatThrownBy(
            () -> ConnectionSpec.fromOptions("sentinel", null, null, null, null, null, null))
        .hasMessageContaining("--connection must be local, graph, m365d or mde");
    assertThatThrownBy(
            () ->
                ConnectionSpec.fromOptions(
                    "graph", "http://127.0.0.1:80", null, null, null, null, null))
        .hasMessageContaining("--endpoint must use https");
    assertThatThrownBy(
            () ->
                ConnectionSpec.fromOptions(
                    "graph", null, "http://login.example", null, null, null, null))
        .hasMessageContaining("--authority must use https");
    assertThatThrownBy(
            () -> ConnectionSpec.fromOptions("graph", null, null, "/tmp/ws", null, null, null))
        .hasMessageContaining("--workspace applies to --connection local only");
    assertThatThrownBy(
            () ->
                ConnectionSpec.fromOptions(
                    "local", "https://x.example", null, null, null, null, null))
        .hasMessageContaining("not to local");
    assertThatThrownBy(
            () -> ConnectionSpec.fromOptions("graph", null, null, null, null, "eu", null))
        .hasMessageContaining("--region");
    assertThatThrownBy(
            () -> ConnectionSpec.fromOptions("graph", null, null, null, "mars", null, null))
        .hasMessageContaining("--cloud");
  }
}
