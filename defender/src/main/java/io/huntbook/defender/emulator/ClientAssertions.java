package io.huntbook.defender.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a client assertion (RFC 7523): a JWT the application signs with its certificate's key,
 * sent instead of a client secret. RS256 and PS256 are accepted, as MSAL uses one or the other.
 */
final class ClientAssertions {
  private ClientAssertions() {}

  /** Empty when the assertion is good, otherwise why it is refused. */
  static Optional<String> check(
      String assertion, X509Certificate certificate, String clientId, String tenantId) {
    String[] parts = assertion.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.of("the client assertion is not a JWT");
    }
    try {
      Base64.Decoder decoder = Base64.getUrlDecoder();
      JsonNode header = Exchanges.JSON.readTree(decoder.decode(parts[0]));
      JsonNode claims = Exchanges.JSON.readTree(decoder.decode(parts[1]));
      Signature verifier =
          switch (header.path("alg").asText()) {
            case "RS256" -> Signature.getInstance("SHA256withRSA");
            case "PS256" -> {
              Signature pss = Signature.getInstance("RSASSA-PSS");
              pss.setParameter(
                  new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
              yield pss;
            }
            default -> null;
          };
      if (verifier == null) {
        return Optional.of("the client assertion's algorithm is not RS256 or PS256");
      }
      verifier.initVerify(certificate.getPublicKey());
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!verifier.verify(decoder.decode(parts[2]))) {
        return Optional.of("the client assertion's signature does not match the certificate");
      }
      if (!clientId.equals(claims.path("iss").asText())
          || !clientId.equals(claims.path("sub").asText())) {
        return Optional.of("the client assertion's iss and sub must be the client id");
      }
      String audience = claims.path("aud").asText();
      if (!audience.endsWith("/" + tenantId + "/oauth2/v2.0/token")) {
        return Optional.of("the client assertion's audience is not this token endpoint");
      }
      if (Instant.now().getEpochSecond() >= claims.path("exp").asLong(0)) {
        return Optional.of("the client assertion has expired");
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
      return Optional.of("the client assertion cannot be read");
    }
  }
}
