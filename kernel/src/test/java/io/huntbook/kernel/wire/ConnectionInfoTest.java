package io.huntbook.kernel.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {
  private static final String FILE =
      """
      {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004,
       "hb_port": 50005, "ip": "127.0.0.1", "key": "secret-key-123", "transport": "tcp",
       "signature_scheme": "hmac-sha256", "kernel_name": "huntbook-kql"}
      """;

  @TempDir Path directory;

  @Test
  void readsTheConnectionFileJupyterWrites() throws IOException {
    Path file = Files.writeString(directory.resolve("kernel-1.json"), FILE);
    ConnectionInfo info = ConnectionInfo.read(file);
    assertThat(info.shellPort()).isEqualTo(50001);
    assertThat(info.iopubPort()).isEqualTo(50002);
    assertThat(info.stdinPort()).isEqualTo(50003);
    assertThat(info.controlPort()).isEqualTo(50004);
    assertThat(info.heartbeatPort()).isEqualTo(50005);
    assertThat(info.key()).isEqualTo("secret-key-123");
    assertThat(info.endpoint(info.shellPort())).isEqualTo("tcp://127.0.0.1:50001");
  }

  @Test
  void neverShowsTheKey() throws IOException {
    ConnectionInfo info = ConnectionInfo.fromJson(Json.MAPPER.readTree(FILE), "test");
    assertThat(info.toString()).doesNotContain("secret-key-123").contains("<hidden>");
  }

  @Test
  void rejectsTransportsAndSchemesItDoesNotSpeak() {
    assertThatThrownBy(() -> parse(FILE.replace("\"tcp\"", "\"ipc\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unsupported transport 'ipc'");
    assertThatThrownBy(() -> parse(FILE.replace("hmac-sha256", "hmac-md5")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unsupported signature_scheme 'hmac-md5'");
    assertThatThrownBy(() -> parse(FILE.replace("\"hb_port\": 50005,", "")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'hb_port' must be a port number");
  }

  private static ConnectionInfo parse(String json) throws IOException {
    return ConnectionInfo.fromJson(Json.MAPPER.readTree(json), "test");
  }
}
