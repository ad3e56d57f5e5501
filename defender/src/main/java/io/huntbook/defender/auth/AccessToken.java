package io.huntbook.defender.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and the instant it stops being accepted. */
public record AccessToken(Secret value, Instant expiresOn) {
  public AccessToken {
    Objects.requireNonNull(value);
    Objects.requireNonNull(expiresOn);
  }

  /** The claims in the token's payload (a JWT), decoded without checking the signature. */
  public JwtClaims claims() throws CredentialsException {
    return JwtClaims.decode(value);
  }
}
