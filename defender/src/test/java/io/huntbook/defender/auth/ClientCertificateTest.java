package io.huntbook.defender.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.defender.emulator.SelfSignedCertificate;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCertificateTest {
  private static final String PASSWORD = "pfx~password!";
  private final SelfSignedCertificate identity = SelfSignedCertificate.forClient("huntbook-app");

  private Path pfx(Path directory) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "app",
        identity.keyPair().getPrivate(),
        PASSWORD.toCharArray(),
        new X509Certificate[] {identity.certificate()});
    Path file = directory.resolve("app.pfx");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  @Test
  void readsAPfxWithItsPassword(@TempDir Path directory) throws Exception {
    ClientCertificate read =
        ClientCertificate.read(pfx(directory), Optional.of(Secret.of(PASSWORD)));

    assertThat(read.certificate()).isEqualTo(identity.certificate());
    assertThat(read.privateKey()).isEqualTo(identity.keyPair().getPrivate());
    assertThat(read.toString()).contains("huntbook-app").doesNotContain("modulus");
  }

  @Test
  void aWrongPfxPasswordSaysWhichVariableToCheckAndNotThePassword(@TempDir Path directory)
      throws Exception {
    Path file = pfx(directory);

    assertThatThrownBy(() -> ClientCertificate.read(file, Optional.of(Secret.of("wrong~one"))))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining(CredentialLoader.CLIENT_CERTIFICATE_PASSWORD)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong~one"));
  }

  @Test
  void readsAPemWithCertificateAndKey(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("app.pem");
    Files.writeString(file, identity.certificateAndKeyPem());

    ClientCertificate read = ClientCertificate.read(file, Optional.empty());

    assertThat(read.certificate()).isEqualTo(identity.certificate());
  }

  @Test
  void aPemWithoutTheKeySaysWhatIsMissing(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("cert-only.pem");
    Files.writeString(file, identity.certificatePem());

    assertThatThrownBy(() -> ClientCertificate.read(file, Optional.empty()))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("no key");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path directory) {
    Path file = directory.resolve("absent.pfx");

    assertThatThrownBy(() -> ClientCertificate.read(file, Optional.empty()))
        .hasMessageContaining("does not exist")
        .hasMessageContaining("absent.pfx");
  }
}
