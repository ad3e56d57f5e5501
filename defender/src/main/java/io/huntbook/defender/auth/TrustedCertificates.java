package io.huntbook.defender.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS trust for a server whose certificate is not issued by a public authority, such as the
 * emulator's self-signed one: an {@link SSLContext} that trusts exactly the given certificates.
 * There is no option to trust everything, and no plaintext path.
 */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /** An SSL context that trusts only these certificates. */
  public static SSLContext sslContext(List<X509Certificate> certificates) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("trusted-" + i, certificates.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a trust store", e);
    }
  }

  /** An SSL context that trusts the certificates in a PEM file. */
  public static SSLContext fromPemFile(Path file) throws CredentialsException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> read =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      List<X509Certificate> certificates = read.stream().map(X509Certificate.class::cast).toList();
      if (certificates.isEmpty()) {
        throw new CredentialsException("no certificate found in " + file);
      }
      return sslContext(certificates);
    } catch (IOException | GeneralSecurityException e) {
      throw new CredentialsException("cannot read the certificate to trust from " + file, e);
    }
  }
}
