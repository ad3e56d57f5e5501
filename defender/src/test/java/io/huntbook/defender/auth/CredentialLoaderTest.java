package io.huntbook.defender.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialLoaderTest {
  private static final String TENANT = "8e605085-e501-4455-9e78-e56be9279782";
  private static final String CLIENT = "5d66604e-8c3b-4023-bc02-e852f1a37652";
  private static final String SECRET = "s3cret~value.that-must-not-print";

  @Test
  void clientSecretFromEnvironment() throws Exception {
    Credentials credentials =
        CredentialLoader.fromEnvironment(
            Map.of(
                CredentialLoader.TENANT_ID, TENANT,
                CredentialLoader.CLIENT_ID, CLIENT,
                CredentialLoader.CLIENT_SECRET, SECRET));

    assertThat(credentials).isInstanceOf(ClientSecretCredentials.class);
    assertThat(((ClientSecretCredentials) credentials).secret().reveal()).isEqualTo(SECRET);
    assertThat(credentials.toString()).doesNotContain(SECRET).contains("redacted");
    assertThat(credentials.describe()).doesNotContain(SECRET).contains(CLIENT);
  }

  @Test
  void certificateWinsOverNothingAndKeepsItsPassword() throws Exception {
    Credentials credentials =
        CredentialLoader.fromEnvironment(
            Map.of(
                CredentialLoader.TENANT_ID, TENANT,
                CredentialLoader.CLIENT_ID, CLIENT,
                CredentialLoader.CLIENT_CERTIFICATE, "/keys/app.pfx",
                CredentialLoader.CLIENT_CERTIFICATE_PASSWORD, SECRET));

    assertThat(credentials).isInstanceOf(CertificateCredentials.class);
    assertThat(credentials.toString()).doesNotContain(SECRET);
  }

  @Test
  void deviceCodeWhenAsked() throws Exception {
    Credentials credentials =
        CredentialLoader.fromEnvironment(
            Map.of(
                CredentialLoader.TENANT_ID, TENANT,
                CredentialLoader.CLIENT_ID, CLIENT,
                CredentialLoader.AUTH_FLOW, "device-code"));

    assertThat(credentials).isEqualTo(new DeviceCodeCredentials(TENANT, CLIENT));
  }

  @Test
  void missingCredentialNamesTheVariablesToSet() {
    assertThatThrownBy(
            () ->
                CredentialLoader.fromEnvironment(
                    Map.of(CredentialLoader.TENANT_ID, TENANT, CredentialLoader.CLIENT_ID, CLIENT)))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining(CredentialLoader.CLIENT_SECRET)
        .hasMessageContaining("device-code");
    assertThatThrownBy(() -> CredentialLoader.fromEnvironment(Map.of()))
        .hasMessageContaining(CredentialLoader.TENANT_ID);
  }

  @Test
  void aSecretPastedAsTheClientIdIsNotEchoed() {
    assertThatThrownBy(
            () ->
                CredentialLoader.fromEnvironment(
                    Map.of(
                        CredentialLoader.TENANT_ID, TENANT,
                        CredentialLoader.CLIENT_ID, SECRET + "~!",
                        CredentialLoader.CLIENT_SECRET, SECRET)))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("client id")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void configFileReadableOnlyByItsOwnerIsRead(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("credentials");
    Files.writeString(
        file,
        "# Huntbook\ntenant_id = "
            + TENANT
            + "\nclient_id="
            + CLIENT
            + "\nclient_secret = "
            + SECRET
            + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    Credentials credentials =
        CredentialLoader.fromEnvironment(
            Map.of(CredentialLoader.CREDENTIALS_FILE, file.toString()));

    assertThat(((ClientSecretCredentials) credentials).secret().reveal()).isEqualTo(SECRET);
  }

  @Test
  void configFileOthersCanReadIsRefused(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("credentials");
    Files.writeString(
        file, "tenant_id=" + TENANT + "\nclient_id=" + CLIENT + "\nclient_secret=" + SECRET);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> CredentialLoader.fromFile(file))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("chmod 600")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void malformedConfigLineIsReportedWithoutItsText(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("credentials");
    Files.writeString(file, "tenant_id=" + TENANT + "\n" + SECRET + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(() -> CredentialLoader.fromFile(file))
        .hasMessageContaining("line 2")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void secretFromStandardInput() throws Exception {
    Credentials credentials =
        CredentialLoader.withSecretFromInput(
            Map.of(CredentialLoader.TENANT_ID, TENANT, CredentialLoader.CLIENT_ID, CLIENT),
            new BufferedReader(new StringReader(SECRET + "\n")));

    assertThat(((ClientSecretCredentials) credentials).secret().matches(SECRET)).isTrue();
  }

  @Test
  void emptyStandardInputIsRefused() {
    assertThatThrownBy(
            () ->
                CredentialLoader.withSecretFromInput(
                    Map.of(CredentialLoader.TENANT_ID, TENANT, CredentialLoader.CLIENT_ID, CLIENT),
                    new BufferedReader(new StringReader(""))))
        .hasMessageContaining("standard input");
  }

  @Test
  void secretPrintsRedactedAndComparesByValue() {
    Secret secret = Secret.of(SECRET);

    assertThat(secret.toString()).isEqualTo("Secret[redacted]");
    assertThat(String.valueOf(secret)).doesNotContain(SECRET);
    assertThat(secret).isEqualTo(Secret.of(SECRET)).isNotEqualTo(Secret.of("other"));
    assertThat(secret.matches(null)).isFalse();
  }
}
