package io.huntbook.defender.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An error body from a hunting API, from either envelope: Defender's {@code
 * {"error":{"code","message","target"}}} or Graph's {@code {"error":{"code","message",
 * "innerError":{"request-id",…}}}}. A body in neither shape keeps its first characters as the
 * message.
 *
 * @param requestId Defender's {@code target} or Graph's {@code innerError.request-id}, to quote to
 *     Microsoft support
 */
public record ServiceError(String code, String message, Optional<String> requestId) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 500;

  /** Reads an error body. */
  public static ServiceError parse(byte[] body) {
    try {
      JsonNode root = JSON.readTree(body);
      JsonNode error = root == null ? null : root.get("error");
      if (error != null && error.isObject()) {
        JsonNode inner =
            error.has("innerError") ? error.get("innerError") : error.get("innererror");
        Optional<String> requestId = text(error, "target");
        if (requestId.isEmpty() && inner != null) {
          requestId = text(inner, "request-id");
        }
        return new ServiceError(
            text(error, "code").orElse(""), text(error, "message").orElse(""), requestId);
      }
    } catch (IOException notJson) {
      // Gateways answer errors in HTML or plain text; fall through and keep the text.
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "…";
    }
    return new ServiceError("", text, Optional.empty());
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() ? Optional.of(value.asText()) : Optional.empty();
  }
}
