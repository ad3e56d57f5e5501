package io.huntbook.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a Jupyter client writes into a kernel's connection file: where to bind the five sockets and
 * the key that signs every message. {@link #toString()} never shows the key.
 *
 * @param transport {@code tcp} (the only transport this kernel binds)
 * @param ip the address to bind, e.g. {@code 127.0.0.1}
 * @param signatureScheme {@code hmac-sha256}
 * @param key the signing key; empty means messages are not signed (Jupyter's "no authentication")
 */
public record ConnectionInfo(
    String transport,
    String ip,
    int shellPort,
    int controlPort,
    int stdinPort,
    int iopubPort,
    int heartbeatPort,
    String signatureScheme,
    String key) {

  public static final String HMAC_SHA256 = "hmac-sha256";

  public ConnectionInfo {
    Objects.requireNonNull(transport);
    Objects.requireNonNull(ip);
    Objects.requireNonNull(signatureScheme);
    Objects.requireNonNull(key);
    if (!transport.equals("tcp")) {
      throw new IllegalArgumentException(
          "unsupported transport '" + transport + "': this kernel binds tcp only");
    }
    if (!signatureScheme.equals(HMAC_SHA256)) {
      throw new IllegalArgumentException(
          "unsupported signature_scheme '" + signatureScheme + "': use " + HMAC_SHA256);
    }
    for (int port : new int[] {shellPort, controlPort, stdinPort, iopubPort, heartbeatPort}) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }
  }

  /** Reads a connection file. */
  public static ConnectionInfo read(Path file) throws IOException {
    JsonNode json = Json.MAPPER.readTree(Files.readAllBytes(file));
    if (json == null || !json.isObject()) {
      throw new IOException(file + ": a connection file holds one JSON object");
    }
    return fromJson(json, file.toString());
  }

  /** Parses the JSON object of a connection file; {@code origin} names it in error messages. */
  public static ConnectionInfo fromJson(JsonNode json, String origin) throws IOException {
    try {
      return new ConnectionInfo(
          text(json, "transport", "tcp", origin),
          text(json, "ip", "127.0.0.1", origin),
          port(json, "shell_port", origin),
          port(json, "control_port", origin),
          port(json, "stdin_port", origin),
          port(json, "iopub_port", origin),
          port(json, "hb_port", origin),
          text(json, "signature_scheme", HMAC_SHA256, origin),
          text(json, "key", "", origin));
    } catch (IllegalArgumentException e) {
      throw new IOException(origin + ": " + e.getMessage(), e);
    }
  }

  /** The ZeroMQ endpoint of a port, e.g. {@code tcp://127.0.0.1:5555}. */
  public String endpoint(int port) {
    return transport + "://" + ip + ":" + port;
  }

  /** Whether messages are signed; with an empty key Jupyter turns authentication off. */
  public boolean signed() {
    return !key.isEmpty();
  }

  @Override
  public String toString() {
    return "ConnectionInfo[%s://%s shell=%d control=%d stdin=%d iopub=%d hb=%d %s key=%s]"
        .formatted(
            transport,
            ip,
            shellPort,
            controlPort,
            stdinPort,
            iopubPort,
            heartbeatPort,
            signatureScheme,
            key.isEmpty() ? "none" : "<hidden>");
  }

  private static String text(JsonNode json, String field, String fallback, String origin)
      throws IOException {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new IOException(origin + ": '" + field + "' must be a string");
    }
    return value.asText();
  }

  private static int port(JsonNode json, String field, String origin) throws IOException {
    JsonNode value = json.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IOException(origin + ": '" + field + "' must be a port number");
    }
    return value.asInt();
  }
}
