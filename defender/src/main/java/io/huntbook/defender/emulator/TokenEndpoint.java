package io.huntbook.defender.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.huntbook.defender.Cloud;
import io.huntbook.defender.HuntingApi;
import io.huntbook.defender.auth.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entra ID's v2.0 endpoints as MSAL uses them: {@code POST /{tenant}/oauth2/v2.0/token} for client
 * credentials (secret or certificate assertion), device code and refresh token grants, and {@code
 * POST /{tenant}/oauth2/v2.0/devicecode}. The device code is approved at once: the emulator plays
 * the user too. Errors use the identity platform's shape ({@code error}, {@code error_description}
 * with an AADSTS code, {@code error_codes}).
 */
final class TokenEndpoint implements HttpHandler {
  static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
  private static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final String USER_ID = "00000000-0000-0000-0000-00000000b00c";

  private final String tenantId;
  private final String clientId;
  private final Secret clientSecret;
  private final EmulatorOptions options;
  private final TokenIssuer issuer;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, String> deviceCodes = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

  TokenEndpoint(
      String tenantId,
      String clientId,
      Secret clientSecret,
      EmulatorOptions options,
      TokenIssuer issuer) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.options = options;
    this.issuer = issuer;
  }

  int requestCount() {
    return requests.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      // Read the whole body before answering: see HuntingEndpoint.
      byte[] body = Exchanges.body(exchange);
      String path = exchange.getRequestURI().getPath();
      String[] segments = path.split("/");
      // "", tenant, "oauth2", "v2.0", "token" | "devicecode"
      if (segments.length != 5 || !"oauth2".equals(segments[2]) || !"v2.0".equals(segments[3])) {
        Exchanges.sendJson(exchange, 404, Map.of("error", "not_found"));
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        Exchanges.sendJson(exchange, 405, Map.of("error", "method_not_allowed"));
        return;
      }
      Map<String, String> form = Exchanges.form(body);
      if (!tenantId.equalsIgnoreCase(segments[1])) {
        error(exchange, 400, "invalid_request", 90002, "Tenant '" + segments[1] + "' not found.");
        return;
      }
      switch (segments[4]) {
        case "token" -> {
          requests.incrementAndGet();
          token(exchange, form);
        }
        case "devicecode" -> deviceCode(exchange, form);
        default -> Exchanges.sendJson(exchange, 404, Map.of("error", "not_found"));
      }
    }
  }

  private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
    String grant = form.getOrDefault("grant_type", "");
    if (!clientId.equals(form.get("client_id"))) {
      error(
          exchange,
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + form.getOrDefault("client_id", "")
              + "' was not found in the directory '"
              + tenantId
              + "'.");
      return;
    }
    switch (grant) {
      case "client_credentials" -> clientCredentials(exchange, form);
      case DEVICE_CODE_GRANT, "device_code" -> {
        String scope = deviceCodes.remove(form.getOrDefault("device_code", ""));
        if (scope == null) {
          error(exchange, 400, "expired_token", 70020, "The provided device code has expired.");
        } else {
          userToken(exchange, scope);
        }
      }
      case "refresh_token" -> {
        String refresh = form.getOrDefault("refresh_token", "");
        if (!refreshTokens.containsKey(refresh)) {
          error(exchange, 400, "invalid_grant", 70008, "The refresh token has expired.");
        } else {
          userToken(exchange, form.getOrDefault("scope", refreshTokens.get(refresh)));
        }
      }
      default ->
          error(
              exchange,
              400,
              "unsupported_grant_type",
              70003,
              "The app requested an unsupported grant type '" + grant + "'.");
    }
  }

  private void clientCredentials(HttpExchange exchange, Map<String, String> form)
      throws IOException {
    String assertion = form.get("client_assertion");
    if (assertion != null) {
      if (options.clientCertificate().isEmpty()
          || !ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
        error(
            exchange,
            401,
            "invalid_client",
            700027,
            "Client assertion failed signature validation.");
        return;
      }
      Optional<String> refused =
          ClientAssertions.check(assertion, options.clientCertificate().get(), clientId, tenantId);
      if (refused.isPresent()) {
        error(exchange, 401, "invalid_client", 700027, refused.get());
        return;
      }
    } else if (!clientSecret.matches(form.get("client_secret"))) {
      // The submitted value is never echoed, as the real service does not either.
      error(exchange, 401, "invalid_client", 7000215, "Invalid client secret provided.");
      return;
    }
    Optional<String> audience = audience(form.getOrDefault("scope", ""));
    if (audience.isEmpty()) {
      error(
          exchange,
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope is not valid. Client credential flows must have a scope"
              + " value with /.default suffixed to the resource identifier.");
      return;
    }
    if (!knownAudience(audience.get())) {
      error(
          exchange,
          400,
          "invalid_resource",
          500011,
          "The resource principal named " + audience.get() + " was not found in the tenant.");
      return;
    }
    Duration lifetime = options.tokenLifetime();
    String token = issuer.issueForApplication(audience.get(), clientId, options.roles(), lifetime);
    ObjectNode answer = Exchanges.JSON.createObjectNode();
    answer.put("token_type", "Bearer");
    answer.put("expires_in", lifetime.toSeconds());
    answer.put("ext_expires_in", lifetime.toSeconds());
    answer.put("access_token", token);
    Exchanges.sendJson(exchange, 200, answer);
  }

  private void deviceCode(HttpExchange exchange, Map<String, String> form) throws IOException {
    if (!clientId.equals(form.get("client_id"))) {
      error(
          exchange, 400, "unauthorized_client", 700016, "Application not found in the directory.");
      return;
    }
    String code = UUID.randomUUID().toString();
    deviceCodes.put(code, form.getOrDefault("scope", ""));
    ObjectNode answer = Exchanges.JSON.createObjectNode();
    answer.put("user_code", "HUNT-BOOK");
    answer.put("device_code", code);
    answer.put("verification_uri", "https://microsoft.com/devicelogin");
    answer.put("expires_in", 900);
    answer.put("interval", 1);
    answer.put(
        "message",
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter"
            + " the code HUNT-BOOK to authenticate. (The Huntbook emulator approves it at once.)");
    Exchanges.sendJson(exchange, 200, answer);
  }

  private void userToken(HttpExchange exchange, String scope) throws IOException {
    Optional<String> audience = audience(scope);
    if (audience.isEmpty() || !knownAudience(audience.get())) {
      error(exchange, 400, "invalid_scope", 70011, "The provided value for scope is not valid.");
      return;
    }
    List<String> delegated = new ArrayList<>();
    for (HuntingApi api : HuntingApi.values()) {
      if (options.roles().contains(api.applicationPermission())) {
        delegated.add(api.delegatedPermission());
      }
    }
    Duration lifetime = options.tokenLifetime();
    String refresh = UUID.randomUUID().toString();
    refreshTokens.put(refresh, scope);
    String clientInfo =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"uid\":\"" + USER_ID + "\",\"utid\":\"" + tenantId + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
    ObjectNode answer = Exchanges.JSON.createObjectNode();
    answer.put("token_type", "Bearer");
    answer.put("scope", audience.get() + "/.default");
    answer.put("expires_in", lifetime.toSeconds());
    answer.put("ext_expires_in", lifetime.toSeconds());
    answer.put(
        "access_token",
        issuer.issueForUser(audience.get(), clientId, USER_ID, Set.copyOf(delegated), lifetime));
    answer.put("refresh_token", refresh);
    answer.put("id_token", issuer.idToken(clientId, USER_ID, lifetime));
    answer.put("client_info", clientInfo);
    Exchanges.sendJson(exchange, 200, answer);
  }

  /** The resource of the first {@code <resource>/.default} scope. */
  private static Optional<String> audience(String scope) {
    for (String part : scope.split("\\s+")) {
      if (part.endsWith("/.default")) {
        return Optional.of(part.substring(0, part.length() - "/.default".length()));
      }
    }
    return Optional.empty();
  }

  static boolean knownAudience(String audience) {
    for (HuntingApi api : HuntingApi.values()) {
      if (Cloud.PUBLIC.apiHost(api).toString().equals(audience)) {
        return true;
      }
    }
    return false;
  }

  private static void error(
      HttpExchange exchange, int status, String error, int code, String description)
      throws IOException {
    String correlation = UUID.randomUUID().toString();
    ObjectNode answer = Exchanges.JSON.createObjectNode();
    answer.put("error", error);
    answer.put(
        "error_description",
        "AADSTS"
            + code
            + ": "
            + description
            + " Trace ID: "
            + UUID.randomUUID()
            + " Correlation ID: "
            + correlation
            + " Timestamp: "
            + Instant.now());
    answer.putArray("error_codes").add(code);
    answer.put("timestamp", Instant.now().toString());
    answer.put("correlation_id", correlation);
    Exchanges.sendJson(exchange, status, answer);
  }
}
