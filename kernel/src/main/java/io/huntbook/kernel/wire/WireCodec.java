package io.huntbook.kernel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns messages into multipart frames and back:
 *
 * <pre>
 * [identity, ..., "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffer, ...]
 * </pre>
 *
 * <p>Decoding checks, in this order, the delimiter, the frame count, the signature (in constant
 * time), replay, and the JSON; the first failure rejects the frames. Thread-safe.
 */
public final class WireCodec {
  /** The frame that separates routing identities from the message. */
  public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

  private static final int SIGNED_FRAMES = 4;

  private final MessageSigner signer;
  private final ReplayGuard replayGuard;

  public WireCodec(MessageSigner signer, ReplayGuard replayGuard) {
    this.signer = signer;
    this.replayGuard = replayGuard;
  }

  /** A codec for a connection file's key, remembering the last 65,536 signatures. */
  public static WireCodec forKey(String key) {
    return new WireCodec(new MessageSigner(key), new ReplayGuard(1 << 16));
  }

  /** The frames of a message, signed. */
  public List<byte[]> encode(Message message) {
    List<byte[]> signed =
        List.of(
            bytes(message.header()),
            bytes(message.parentHeader()),
            bytes(message.metadata()),
            bytes(message.content()));
    List<byte[]> frames = new ArrayList<>(message.identities().size() + 6);
    frames.addAll(message.identities());
    frames.add(DELIMITER);
    frames.add(signer.sign(signed));
    frames.addAll(signed);
    frames.addAll(message.buffers());
    return frames;
  }

  /** The message in these frames, or why they are rejected. */
  public Decoded decode(List<byte[]> frames) {
    int delimiter = -1;
    for (int i = 0; i < frames.size(); i++) {
      if (Arrays.equals(frames.get(i), DELIMITER)) {
        delimiter = i;
        break;
      }
    }
    if (delimiter < 0) {
      return new Decoded.Rejected(Decoded.Reason.NO_DELIMITER, "no <IDS|MSG> delimiter");
    }
    int first = delimiter + 2;
    if (frames.size() < first + SIGNED_FRAMES) {
      return new Decoded.Rejected(
          Decoded.Reason.MISSING_FRAMES,
          (frames.size() - delimiter - 1) + " frames after the delimiter, need 5");
    }
    byte[] signature = frames.get(delimiter + 1);
    List<byte[]> signed = frames.subList(first, first + SIGNED_FRAMES);
    if (signer.enabled()) {
      if (signature.length == 0) {
        return new Decoded.Rejected(Decoded.Reason.UNSIGNED, "message is not signed");
      }
      if (!signer.verify(signature, signed)) {
        return new Decoded.Rejected(Decoded.Reason.BAD_SIGNATURE, "signature does not match");
      }
      if (!replayGuard.firstSighting(signature)) {
        return new Decoded.Rejected(Decoded.Reason.REPLAYED, "signature seen before");
      }
    } else if (signature.length != 0) {
      return new Decoded.Rejected(
          Decoded.Reason.BAD_SIGNATURE, "message is signed but this kernel has no key");
    }
    ObjectNode[] parts = new ObjectNode[SIGNED_FRAMES];
    String[] names = {"header", "parent_header", "metadata", "content"};
    for (int i = 0; i < SIGNED_FRAMES; i++) {
      try {
        JsonNode node = Json.MAPPER.readTree(signed.get(i));
        if (node == null || !node.isObject()) {
          return new Decoded.Rejected(Decoded.Reason.MALFORMED, names[i] + " is not a JSON object");
        }
        parts[i] = (ObjectNode) node;
      } catch (IOException e) {
        return new Decoded.Rejected(Decoded.Reason.MALFORMED, names[i] + " is not valid JSON");
      }
    }
    if (Message.textField(parts[0], "msg_id") == null
        || Message.textField(parts[0], "msg_type") == null) {
      return new Decoded.Rejected(
          Decoded.Reason.MALFORMED, "header lacks a msg_id or msg_type string");
    }
    return new Decoded.Accepted(
        new Message(
            frames.subList(0, delimiter),
            parts[0],
            parts[1],
            parts[2],
            parts[3],
            frames.subList(first + SIGNED_FRAMES, frames.size())));
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return Json.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
