package io.huntbook.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One Jupyter message: the routing identities it came with (or goes to), its header, the header of
 * the message it answers, metadata, content and binary buffers. The JSON parts are copied on
 * construction, so a message does not change after it is made.
 *
 * @param identities ZeroMQ routing frames before the {@code <IDS|MSG>} delimiter; for iopub, the
 *     topic
 * @param header {@code msg_id}, {@code session}, {@code username}, {@code date}, {@code msg_type},
 *     {@code version}
 * @param parentHeader the header of the request this message answers, or an empty object
 */
public record Message(
    List<byte[]> identities,
    ObjectNode header,
    ObjectNode parentHeader,
    ObjectNode metadata,
    ObjectNode content,
    List<byte[]> buffers) {

  public Message {
    identities = List.copyOf(identities);
    header = header.deepCopy();
    parentHeader = parentHeader.deepCopy();
    metadata = metadata.deepCopy();
    content = content.deepCopy();
    buffers = List.copyOf(buffers);
    Objects.requireNonNull(textField(header, "msg_id"), "header.msg_id");
    Objects.requireNonNull(textField(header, "msg_type"), "header.msg_type");
  }

  public String msgId() {
    return textField(header, "msg_id");
  }

  public String msgType() {
    return textField(header, "msg_type");
  }

  /** The client session that sent a request, or the kernel session of a reply. */
  public String session() {
    String session = textField(header, "session");
    return session == null ? "" : session;
  }

  /** The {@code msg_id} of the parent, or empty for a message that answers nothing. */
  public String parentMsgId() {
    String id = textField(parentHeader, "msg_id");
    return id == null ? "" : id;
  }

  /** A text field of the content, or the fallback when it is missing or not text. */
  public String text(String field, String fallback) {
    JsonNode value = content.get(field);
    return value != null && value.isTextual() ? value.asText() : fallback;
  }

  /** A boolean field of the content, or the fallback when it is missing or not a boolean. */
  public boolean flag(String field, boolean fallback) {
    JsonNode value = content.get(field);
    return value != null && value.isBoolean() ? value.asBoolean() : fallback;
  }

  /** An integer field of the content, or the fallback when it is missing or not a number. */
  public int integer(String field, int fallback) {
    JsonNode value = content.get(field);
    return value != null && value.canConvertToInt() ? value.asInt() : fallback;
  }

  static String textField(ObjectNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
