package io.huntbook.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.huntbook.kernel.wire.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output in several representations, keyed by MIME type ({@code text/plain}, {@code text/html},
 * {@code application/vnd.dataresource+json}, …), with per-type metadata. Keeps the order
 * representations were added in.
 */
public record MimeBundle(Map<String, JsonNode> data, Map<String, JsonNode> metadata) {
  public MimeBundle {
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    if (data.isEmpty()) {
      throw new IllegalArgumentException("a MIME bundle needs at least one representation");
    }
  }

  /** A bundle of plain text only. */
  public static MimeBundle text(String text) {
    return new MimeBundle(Map.of("text/plain", TextNode.valueOf(text)), Map.of());
  }

  /** This bundle with one more representation (replacing one of the same type). */
  public MimeBundle with(String mimeType, JsonNode value) {
    Map<String, JsonNode> more = new LinkedHashMap<>(data);
    more.put(mimeType, value);
    return new MimeBundle(more, metadata);
  }

  /** This bundle with a text representation added. */
  public MimeBundle with(String mimeType, String value) {
    return with(mimeType, TextNode.valueOf(value));
  }

  /** The text of a representation, or null when there is none or it is not text. */
  public String textOf(String mimeType) {
    JsonNode value = data.get(mimeType);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** The {@code data} object of a display message. */
  public ObjectNode dataJson() {
    ObjectNode json = Json.object();
    data.forEach(json::set);
    return json;
  }

  /** The {@code metadata} object of a display message. */
  public ObjectNode metadataJson() {
    ObjectNode json = Json.object();
    metadata.forEach(json::set);
    return json;
  }
}
