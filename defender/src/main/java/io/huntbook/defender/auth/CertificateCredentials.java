package io.huntbook.defender.auth;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Application credentials: a certificate uploaded to the app registration and its private key, in a
 * PEM file (certificate and key) or a PKCS#12 ({@code .pfx}/{@code .p12}) file.
 *
 * @param password the key or key-store password, when the file has one
 */
public record CertificateCredentials(
    String tenantId, String clientId, Path certificate, Optional<Secret> password)
    implements Credentials {
  public CertificateCredentials {
    CredentialChecks.requireId("tenant id", tenantId);
    CredentialChecks.requireId("client id", clientId);
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(password, "password");
  }
}
