package io.huntbook.defender.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the emulator's access tokens: JWT-shaped ({@code header.payload.signature}),
 * signed with HMAC-SHA256 under a key made at start, with the claims a hunting API looks at ({@code
 * aud}, {@code exp}, {@code roles} or {@code scp}, {@code tid}, {@code appid}).
 */
final class TokenIssuer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final String tenantId;
  private final Clock clock;

  TokenIssuer(String tenantId, Clock clock) {
    this.key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.tenantId = tenantId;
    this.clock = clock;
  }

  /** What a token check found. */
  sealed interface Check permits Valid, Invalid {}

  /** A token this issuer signed and that has not expired. */
  record Valid(JsonNode claims) implements Check {}

  /** A token to refuse, and why (for the 401 body). */
  record Invalid(String reason) implements Check {}

  /** An application token (client credentials) with application roles. */
  String issueForApplication(
      String audience, String clientId, Collection<String> roles, Duration lifetime) {
    ObjectNode claims = baseClaims(audience, clientId, lifetime);
    claims.putArray("roles").addAll(roles.stream().map(JSON.getNodeFactory()::textNode).toList());
    return sign(claims);
  }

  /** A user token (device code, refresh) with delegated scopes. */
  String issueForUser(
      String audience,
      String clientId,
      String userId,
      Collection<String> scopes,
      Duration lifetime) {
    ObjectNode claims = baseClaims(audience, clientId, lifetime);
    claims.put("oid", userId);
    claims.put("upn", "hunter@huntbook.example");
    claims.put("scp", String.join(" ", scopes));
    return sign(claims);
  }

  /** An OpenID Connect id token for a user, as MSAL needs to make an account. */
  String idToken(String clientId, String userId, Duration lifetime) {
    ObjectNode claims = JSON.createObjectNode();
    Instant now = clock.instant();
    claims.put("aud", clientId);
    claims.put("iss", "https://login.microsoftonline.com/" + tenantId + "/v2.0");
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(lifetime).getEpochSecond());
    claims.put("oid", userId);
    claims.put("sub", userId);
    claims.put("tid", tenantId);
    claims.put("name", "Huntbook Hunter");
    claims.put("preferred_username", "hunter@huntbook.example");
    claims.put("ver", "2.0");
    return sign(claims);
  }

  /** Checks a bearer token's signature and expiry; the caller checks audience and roles. */
  Check check(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return new Invalid("the token is not a JWT");
    }
    byte[] expected = mac(parts[0] + "." + parts[1]);
    byte[] actual;
    try {
      actual = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return new Invalid("the token signature is not base64url");
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      return new Invalid("the token signature is invalid");
    }
    JsonNode claims;
    try {
      claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException | IllegalArgumentException e) {
      return new Invalid("the token payload is not JSON");
    }
    long expires = claims.path("exp").asLong(0);
    if (clock.instant().getEpochSecond() >= expires) {
      return new Invalid("the token has expired");
    }
    return new Valid(claims);
  }

  private ObjectNode baseClaims(String audience, String clientId, Duration lifetime) {
    Instant now = clock.instant();
    ObjectNode claims = JSON.createObjectNode();
    claims.put("aud", audience);
    claims.put("iss", "https://sts.windows.net/" + tenantId + "/");
    claims.put("iat", now.getEpochSecond());
    claims.put("nbf", now.getEpochSecond());
    claims.put("exp", now.plus(lifetime).getEpochSecond());
    claims.put("appid", clientId);
    claims.put("tid", tenantId);
    claims.put("uti", UUID.randomUUID().toString());
    claims.put("ver", "1.0");
    return claims;
  }

  private String sign(ObjectNode claims) {
    String header =
        ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload;
    try {
      payload = ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String signed = header + "." + payload;
    return signed + "." + ENCODER.encodeToString(mac(signed));
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
