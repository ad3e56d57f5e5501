package io.huntbook.defender.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.defender.FakeBackend;
import io.huntbook.defender.emulator.Emulator;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.emulator.SelfSignedCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsalTokenSourceTest {
  private static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  private Emulator emulator;

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private AuthorityOptions authority(List<String> prompts) {
    return new AuthorityOptions(
        emulator.authority(), false, Optional.of(emulator.clientTrust()), prompts::add);
  }

  @Test
  void secondTokenWithinLifetimeComesFromCache() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    TokenSource tokens =
        new CachingTokenSource(
            MsalTokenSource.create(emulator.credentials(), authority(new ArrayList<>())));

    AccessToken first = tokens.token(GRAPH_SCOPE);
    assertThat(emulator.tokenRequestCount()).isEqualTo(1);
    AccessToken second = tokens.token(GRAPH_SCOPE);

    assertThat(emulator.tokenRequestCount()).isEqualTo(1);
    assertThat(second.value()).isEqualTo(first.value());
    JwtClaims claims = first.claims();
    assertThat(claims.audience()).contains("https://graph.microsoft.com");
    assertThat(claims.roles()).contains("ThreatHunting.Read.All");
    assertThat(claims.tenantId()).contains(emulator.credentials().tenantId());
  }

  @Test
  void anotherScopeAsksTheEndpointAgain() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    TokenSource tokens =
        new CachingTokenSource(
            MsalTokenSource.create(emulator.credentials(), authority(new ArrayList<>())));

    tokens.token(GRAPH_SCOPE);
    tokens.token(GRAPH_SCOPE);
    AccessToken mde = tokens.token("https://api.securitycenter.microsoft.com/.default");

    assertThat(emulator.tokenRequestCount()).isEqualTo(2);
    assertThat(mde.claims().audience()).contains("https://api.securitycenter.microsoft.com");
  }

  @Test
  void wrongSecretSaysWhatToCheckWithoutShowingTheSecret() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    String wrong = "not-the-secret-" + System.nanoTime();
    ClientSecretCredentials credentials =
        new ClientSecretCredentials(
            emulator.credentials().tenantId(), emulator.credentials().clientId(), Secret.of(wrong));
    TokenSource tokens = MsalTokenSource.create(credentials, authority(new ArrayList<>()));

    assertThatThrownBy(() -> tokens.token(GRAPH_SCOPE))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("AADSTS7000215")
        .hasMessageContaining(CredentialLoader.CLIENT_SECRET)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong));
  }

  @Test
  void unknownApplicationNamesTheIdsToCheck() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    ClientSecretCredentials credentials =
        new ClientSecretCredentials(
            emulator.credentials().tenantId(),
            "11111111-2222-3333-4444-555555555555",
            emulator.credentials().secret());
    TokenSource tokens = MsalTokenSource.create(credentials, authority(new ArrayList<>()));

    assertThatThrownBy(() -> tokens.token(GRAPH_SCOPE))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("was not found in tenant")
        .hasMessageContaining(CredentialLoader.TENANT_ID);
  }

  @Test
  void unknownAudienceIsRefusedAsAScopeProblem() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    TokenSource tokens =
        MsalTokenSource.create(emulator.credentials(), authority(new ArrayList<>()));

    assertThatThrownBy(() -> tokens.token("https://example.invalid/.default"))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("AADSTS500011")
        .hasMessageContaining("--connection");
  }

  @Test
  void certificateCredentialsSignAnAssertionTheEmulatorAccepts(@TempDir Path directory)
      throws Exception {
    SelfSignedCertificate client = SelfSignedCertificate.forClient("huntbook-test-app");
    emulator =
        Emulator.start(
            EmulatorOptions.defaults(new FakeBackend())
                .withClientCertificate(client.certificate()));
    Path pem = directory.resolve("app.pem");
    Files.writeString(pem, client.certificateAndKeyPem());
    CertificateCredentials credentials =
        new CertificateCredentials(
            emulator.credentials().tenantId(),
            emulator.credentials().clientId(),
            pem,
            Optional.empty());
    TokenSource tokens = MsalTokenSource.create(credentials, authority(new ArrayList<>()));

    AccessToken token = tokens.token(GRAPH_SCOPE);

    assertThat(token.claims().roles()).contains("ThreatHunting.Read.All");
  }

  @Test
  void certificateTheEmulatorDoesNotKnowIsRefused(@TempDir Path directory) throws Exception {
    SelfSignedCertificate registered = SelfSignedCertificate.forClient("registered");
    SelfSignedCertificate other = SelfSignedCertificate.forClient("other");
    emulator =
        Emulator.start(
            EmulatorOptions.defaults(new FakeBackend())
                .withClientCertificate(registered.certificate()));
    Path pem = directory.resolve("other.pem");
    Files.writeString(pem, other.certificateAndKeyPem());
    TokenSource tokens =
        MsalTokenSource.create(
            new CertificateCredentials(
                emulator.credentials().tenantId(),
                emulator.credentials().clientId(),
                pem,
                Optional.empty()),
            authority(new ArrayList<>()));

    assertThatThrownBy(() -> tokens.token(GRAPH_SCOPE))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void deviceCodeSignInShowsThePromptOnceThenRefreshesSilently() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(new FakeBackend()));
    List<String> prompts = new ArrayList<>();
    TokenSource tokens =
        MsalTokenSource.create(
            new DeviceCodeCredentials(
                emulator.credentials().tenantId(), emulator.credentials().clientId()),
            authority(prompts));

    AccessToken first = tokens.token(GRAPH_SCOPE);
    AccessToken second = tokens.token(GRAPH_SCOPE);

    assertThat(prompts).hasSize(1);
    assertThat(prompts.get(0)).contains("HUNT-BOOK");
    assertThat(first.claims().scopes()).contains("ThreatHunting.Read.All");
    assertThat(second.value()).isEqualTo(first.value());
  }
}
