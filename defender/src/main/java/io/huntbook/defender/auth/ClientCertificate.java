package io.huntbook.defender.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A client certificate and its private key, read from a PEM file (certificate plus a PKCS#8,
 * traditional or encrypted key) or a PKCS#12 file ({@code .pfx}, {@code .p12}).
 */
public record ClientCertificate(X509Certificate certificate, PrivateKey privateKey) {

  /** Names the certificate; the key stays out of every printout. */
  @Override
  public String toString() {
    return "ClientCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
  }

  /** Reads the file named by certificate credentials. */
  public static ClientCertificate read(Path file, Optional<Secret> password)
      throws CredentialsException {
    if (!Files.isRegularFile(file)) {
      throw new CredentialsException("client certificate file " + file + " does not exist");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      return name.endsWith(".pfx") || name.endsWith(".p12")
          ? readPkcs12(file, password)
          : readPem(file, password);
    } catch (IOException
        | GeneralSecurityException
        | OperatorCreationException
        | PKCSException
        | RuntimeException e) {
      // The cause's message is left out on purpose: key-store errors can quote input.
      throw new CredentialsException(
          "cannot read the client certificate "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "): expected a PEM file with the certificate and its private key, or a PFX file;"
              + " check "
              + CredentialLoader.CLIENT_CERTIFICATE_PASSWORD
              + " if the key is encrypted");
    }
  }

  private static ClientCertificate readPkcs12(Path file, Optional<Secret> password)
      throws IOException, GeneralSecurityException, CredentialsException {
    char[] secret = password.map(value -> value.reveal().toCharArray()).orElse(new char[0]);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, secret);
    }
    for (String alias : Collections.list(store.aliases())) {
      Key key = store.getKey(alias, secret);
      if (key instanceof PrivateKey privateKey
          && store.getCertificate(alias) instanceof X509Certificate certificate) {
        return new ClientCertificate(certificate, privateKey);
      }
    }
    throw new CredentialsException("PFX file " + file + " holds no private key with a certificate");
  }

  private static ClientCertificate readPem(Path file, Optional<Secret> password)
      throws IOException,
          GeneralSecurityException,
          OperatorCreationException,
          PKCSException,
          CredentialsException {
    X509Certificate certificate = null;
    PrivateKey privateKey = null;
    JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        switch (item) {
          case X509CertificateHolder holder -> {
            if (certificate == null) {
              certificate = new JcaX509CertificateConverter().getCertificate(holder);
            }
          }
          case PrivateKeyInfo info -> privateKey = keys.getPrivateKey(info);
          case PEMKeyPair pair -> privateKey = keys.getKeyPair(pair).getPrivate();
          case PKCS8EncryptedPrivateKeyInfo encrypted -> {
            char[] secret = requirePassword(file, password);
            privateKey =
                keys.getPrivateKey(
                    encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().build(secret)));
          }
          case PEMEncryptedKeyPair encrypted -> {
            char[] secret = requirePassword(file, password);
            privateKey =
                keys.getKeyPair(
                        encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().build(secret)))
                    .getPrivate();
          }
          default -> {
            // Other PEM blocks (parameters, chains' further certificates) are not needed.
          }
        }
      }
    }
    if (certificate == null || privateKey == null) {
      throw new CredentialsException(
          "PEM file "
              + file
              + " must hold both the certificate and its private key (found "
              + (certificate == null ? "no certificate" : "the certificate")
              + ", "
              + (privateKey == null ? "no key" : "a key")
              + ")");
    }
    return new ClientCertificate(certificate, privateKey);
  }

  private static char[] requirePassword(Path file, Optional<Secret> password)
      throws CredentialsException {
    return password
        .map(value -> value.reveal().toCharArray())
        .orElseThrow(
            () ->
                new CredentialsException(
                    "the private key in "
                        + file
                        + " is encrypted: set "
                        + CredentialLoader.CLIENT_CERTIFICATE_PASSWORD));
  }
}
