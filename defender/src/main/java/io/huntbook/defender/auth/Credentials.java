package io.huntbook.defender.auth;

/**
 * Who Huntbook signs in as: an application with a client secret or a certificate, or a user through
 * the device-code flow. Every variant names the Entra tenant and the application (client) id; the
 * secret parts are {@link Secret}s, so printing a credential shows no secret.
 */
public sealed interface Credentials
    permits ClientSecretCredentials, CertificateCredentials, DeviceCodeCredentials {

  /** The Entra tenant id (a GUID or a verified domain). */
  String tenantId();

  /** The application (client) id of the app registration. */
  String clientId();

  /** A short description for reports: the flow and the ids, never a secret. */
  default String describe() {
    String flow =
        switch (this) {
          case ClientSecretCredentials secret -> "client secret";
          case CertificateCredentials certificate -> "client certificate";
          case DeviceCodeCredentials deviceCode -> "device code (delegated)";
        };
    return flow + " for application " + clientId() + " in tenant " + tenantId();
  }
}
