package io.huntbook.defender.auth;

import java.util.Objects;

/** Application credentials: a client secret created under "Certificates &amp; secrets". */
public record ClientSecretCredentials(String tenantId, String clientId, Secret secret)
    implements Credentials {
  public ClientSecretCredentials {
    CredentialChecks.requireId("tenant id", tenantId);
    CredentialChecks.requireId("client id", clientId);
    Objects.requireNonNull(secret, "secret");
  }
}
