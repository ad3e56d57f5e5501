package io.huntbook.defender.emulator;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A key pair and a self-signed X.509 certificate made on the spot: the emulator's TLS identity
 * (loopback names) and, in tests, client certificates for certificate credentials.
 */
public record SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {

  /** Names the certificate; the key stays out of every printout. */
  @Override
  public String toString() {
    return "SelfSignedCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
  }

  /** A TLS server identity for {@code 127.0.0.1}, {@code ::1} and {@code localhost} (EC P-256). */
  public static SelfSignedCertificate forLoopback() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return create(
          generator.generateKeyPair(),
          "CN=Huntbook emulator",
          "SHA256withECDSA",
          List.of(
              new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
              new GeneralName(GeneralName.iPAddress, "::1"),
              new GeneralName(GeneralName.dNSName, "localhost")));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the emulator's key pair", e);
    }
  }

  /** An RSA identity for a client application (MSAL signs client assertions with RSA). */
  public static SelfSignedCertificate forClient(String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return create(generator.generateKeyPair(), "CN=" + commonName, "SHA256withRSA", List.of());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a client key pair", e);
    }
  }

  private static SelfSignedCertificate create(
      KeyPair keyPair, String subject, String signatureAlgorithm, List<GeneralName> names) {
    try {
      X500Name name = new X500Name(subject);
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(2))),
              name,
              keyPair.getPublic());
      if (!names.isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(names.toArray(GeneralName[]::new)));
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder(signatureAlgorithm).build(keyPair.getPrivate())));
      return new SelfSignedCertificate(keyPair, certificate);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make a self-signed certificate", e);
    }
  }

  /** An SSL context that presents this identity (for a server). */
  public SSLContext serverContext() {
    try {
      char[] password = new char[0];
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "identity", keyPair.getPrivate(), password, new X509Certificate[] {certificate});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the emulator's TLS context", e);
    }
  }

  /** The certificate in PEM, to give to clients that must trust it. */
  public String certificatePem() {
    return pem(certificate);
  }

  /** The certificate and then the private key in PEM, as a certificate-credentials file holds. */
  public String certificateAndKeyPem() {
    return pem(certificate) + pem(keyPair.getPrivate());
  }

  private static String pem(Object item) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(item);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write PEM", e);
    }
    return text.toString();
  }
}
