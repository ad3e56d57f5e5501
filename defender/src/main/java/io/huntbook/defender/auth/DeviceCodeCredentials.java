package io.huntbook.defender.auth;

/**
 * Delegated credentials: the user signs in on another device with a code Huntbook shows; the
 * application is a public client, so there is no secret.
 */
public record DeviceCodeCredentials(String tenantId, String clientId) implements Credentials {
  public DeviceCodeCredentials {
    CredentialChecks.requireId("tenant id", tenantId);
    CredentialChecks.requireId("client id", clientId);
  }
}
