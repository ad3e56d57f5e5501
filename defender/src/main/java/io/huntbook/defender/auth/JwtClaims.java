package io.huntbook.defender.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The payload of a JSON Web Token, read to report what a token grants: {@code roles} (application
 * permissions), {@code scp} (delegated permissions), {@code aud}, {@code exp}, {@code tid}. Reading
 * does not verify the signature; only the service that receives the token can.
 */
public record JwtClaims(JsonNode payload) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Decodes the middle part of a compact JWT. */
  public static JwtClaims decode(Secret token) throws CredentialsException {
    String[] parts = token.reveal().split("\\.", -1);
    if (parts.length != 3) {
      throw new CredentialsException(
          "the access token is not a JWT (expected three dot-separated parts), so its permissions"
              + " cannot be read");
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode payload = JSON.readTree(json);
      if (payload == null || !payload.isObject()) {
        throw new CredentialsException("the access token's payload is not a JSON object");
      }
      return new JwtClaims(payload);
    } catch (IllegalArgumentException | IOException e) {
      throw new CredentialsException("the access token's payload is not base64url JSON");
    }
  }

  /** Application permissions ({@code roles}). */
  public List<String> roles() {
    List<String> roles = new ArrayList<>();
    payload.path("roles").forEach(role -> roles.add(role.asText()));
    return roles;
  }

  /** Delegated permissions ({@code scp}, space-separated in the token). */
  public List<String> scopes() {
    String scp = payload.path("scp").asText("");
    return scp.isBlank() ? List.of() : List.of(scp.strip().split("\\s+"));
  }

  /** The audience, the API the token is for. */
  public Optional<String> audience() {
    JsonNode aud = payload.path("aud");
    if (aud.isArray() && !aud.isEmpty()) {
      return Optional.of(aud.get(0).asText());
    }
    return aud.isTextual() ? Optional.of(aud.asText()) : Optional.empty();
  }

  /** The tenant that issued the token. */
  public Optional<String> tenantId() {
    JsonNode tid = payload.path("tid");
    return tid.isTextual() ? Optional.of(tid.asText()) : Optional.empty();
  }

  /** When the token expires. */
  public Optional<Instant> expiresAt() {
    JsonNode exp = payload.path("exp");
    return exp.canConvertToLong()
        ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
        : Optional.empty();
  }

  /** Whether the token grants a permission, as an application role or a delegated scope. */
  public boolean grants(String permission) {
    return roles().stream().anyMatch(permission::equalsIgnoreCase)
        || scopes().stream().anyMatch(permission::equalsIgnoreCase);
  }
}
