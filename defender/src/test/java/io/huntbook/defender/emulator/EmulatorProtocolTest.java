package io.huntbook.defender.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.defender.FakeBackend;
import io.huntbook.defender.SampleTables;
import io.huntbook.defender.auth.JwtClaims;
import io.huntbook.defender.auth.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator's wire protocol, spoken by hand: the forms, envelopes and statuses clients see. */
class EmulatorProtocolTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Emulator emulator;
  private HttpClient http;

  private final FakeBackend backend = new FakeBackend().answer("print 1", SampleTables.numbers(3));

  @BeforeEach
  void start() throws Exception {
    emulator = Emulator.start(EmulatorOptions.defaults(backend));
    http = HttpClient.newBuilder().sslContext(emulator.clientTrust()).build();
  }

  @AfterEach
  void stop() {
    http.close();
    emulator.close();
  }

  private HttpResponse<String> post(String path, String contentType, String body, String bearer)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String msalForm(String scope, String secret) {
    return "client_info=1&grant_type=client_credentials&scope="
        + URLEncoder.encode(scope + " openid profile offline_access", StandardCharsets.UTF_8)
        + "&client_id="
        + emulator.credentials().clientId()
        + "&client_secret="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  private String token(String scope) throws Exception {
    HttpResponse<String> response =
        post(
            "/" + emulator.credentials().tenantId() + "/oauth2/v2.0/token",
            "application/x-www-form-urlencoded",
            msalForm(scope, emulator.credentials().secret().reveal()),
            null);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  @Test
  void theTokenEndpointAcceptsTheFormMsalSends() throws Exception {
    HttpResponse<String> response =
        post(
            "/" + emulator.credentials().tenantId() + "/oauth2/v2.0/token",
            "application/x-www-form-urlencoded",
            msalForm(
                "https://api.security.microsoft.com/.default",
                emulator.credentials().secret().reveal()),
            null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
    JwtClaims claims = JwtClaims.decode(Secret.of(body.get("access_token").asText()));
    assertThat(claims.audience()).contains("https://api.security.microsoft.com");
    assertThat(claims.roles()).contains("AdvancedHunting.Read.All");
    assertThat(claims.expiresAt()).isPresent();
  }

  @Test
  void anUnknownTenantGetsTheIdentityPlatformsError() throws Exception {
    HttpResponse<String> response =
        post(
            "/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token",
            "application/x-www-form-urlencoded",
            msalForm("https://graph.microsoft.com/.default", "x"),
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo("invalid_request");
    assertThat(body.get("error_description").asText()).startsWith("AADSTS90002");
    assertThat(body.get("error_codes").get(0).asInt()).isEqualTo(90002);
  }

  @Test
  void aMissingTokenGetsGraphsEnvelopeOnGraph() throws Exception {
    HttpResponse<String> response =
        post("/v1.0/security/runHuntingQuery", "application/json", "{\"Query\":\"print 1\"}", null);

    assertThat(response.statusCode()).isEqualTo(401);
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("InvalidAuthenticationToken");
    assertThat(error.get("innerError").has("request-id")).isTrue();
    assertThat(error.has("target")).isFalse();
  }

  @Test
  void aForgedTokenGetsDefendersEnvelopeOnDefender() throws Exception {
    String real = token("https://api.security.microsoft.com/.default");
    String forged = real.substring(0, real.lastIndexOf('.') + 1) + "AAAA";
    HttpResponse<String> response =
        post("/api/advancedhunting/run", "application/json", "{\"Query\":\"print 1\"}", forged);

    assertThat(response.statusCode()).isEqualTo(401);
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("Unauthorized");
    assertThat(error.get("message").asText()).contains("signature");
    assertThat(error.has("target")).isTrue();
  }

  @Test
  void bodyParameterNamesAreCaseSensitive() throws Exception {
    String token = token("https://api.securitycenter.microsoft.com/.default");
    HttpResponse<String> response =
        post("/api/advancedqueries/run", "application/json", "{\"query\":\"print 1\"}", token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").get("code").asText())
        .isEqualTo("MissingRequiredParameter");
  }

  @Test
  void connectionFilesAreOwnerOnlyAndTheDescriptionHasNoSecret(@TempDir Path directory)
      throws Exception {
    EmulatorFiles files = emulator.writeConnectionFiles(directory);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.credentials())))
        .isEqualTo("rw-------");
    assertThat(Files.readString(files.credentials()))
        .contains(emulator.credentials().secret().reveal());
    assertThat(Files.readString(files.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(emulator.describe(files))
        .noneMatch(line -> line.contains(emulator.credentials().secret().reveal()))
        .anyMatch(line -> line.contains("HUNTBOOK_CREDENTIALS_FILE"));
  }

  @Test
  void speaksHttp2ToClientsThatOfferItAndHttp11ToTheRest() throws Exception {
    String token = token("https://graph.microsoft.com/.default");
    HttpRequest query =
        HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/v1.0/security/runHuntingQuery"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"Query\":\"print 1\"}"))
            .build();

    HttpResponse<String> h2 = http.send(query, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> http11;
    try (HttpClient old =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(emulator.clientTrust())
            .build()) {
      http11 = old.send(query, HttpResponse.BodyHandlers.ofString());
    }

    assertThat(h2.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(h2.statusCode()).isEqualTo(200);
    assertThat(http11.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(http11.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(http11.body())).isEqualTo(JSON.readTree(h2.body()));
  }

  @Test
  void anAnswerLeavesNoSoonerThanTheLatencyAfterItsRequestArrived() throws Exception {
    emulator.close();
    emulator =
        Emulator.start(EmulatorOptions.defaults(backend).withLatency(Duration.ofMillis(400)));
    http.close();
    http = HttpClient.newBuilder().sslContext(emulator.clientTrust()).build();
    String token = token("https://graph.microsoft.com/.default");

    long started = System.nanoTime();
    HttpResponse<String> answered =
        post(
            "/v1.0/security/runHuntingQuery", "application/json", "{\"Query\":\"print 1\"}", token);
    Duration answer = Duration.ofNanos(System.nanoTime() - started);
    started = System.nanoTime();
    HttpResponse<String> refused =
        post("/v1.0/security/runHuntingQuery", "application/json", "{\"Query\":\"T |\"}", token);
    Duration refusal = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(answer).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(refusal).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aTakenPortIsAClearError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> Emulator.start(EmulatorOptions.defaults(backend).withPort(port)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("cannot start the emulator on port " + port);
    }
  }
}
