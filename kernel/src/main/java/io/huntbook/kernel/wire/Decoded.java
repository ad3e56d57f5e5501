package io.huntbook.kernel.wire;

import java.util.Objects;

/** What became of a multipart frame list read from a socket: a message, or why it was dropped. */
public sealed interface Decoded {

  /** A well-formed message with a valid signature seen for the first time. */
  record Accepted(Message message) implements Decoded {
    public Accepted {
      Objects.requireNonNull(message);
    }
  }

  /**
   * A frame list that is dropped without being handled.
   *
   * @param detail a human explanation for the log; never holds the key or a signature
   */
  record Rejected(Reason reason, String detail) implements Decoded {
    public Rejected {
      Objects.requireNonNull(reason);
      Objects.requireNonNull(detail);
    }
  }

  /** Why a frame list was dropped. */
  enum Reason {
    /** No {@code <IDS|MSG>} delimiter frame. */
    NO_DELIMITER,
    /** Fewer than the signature and four JSON frames after the delimiter. */
    MISSING_FRAMES,
    /** The key is set but the signature frame is empty. */
    UNSIGNED,
    /** The signature does not match the frames. */
    BAD_SIGNATURE,
    /** A message with this signature was already accepted. */
    REPLAYED,
    /**
     * A JSON frame is not a JSON object, or the header lacks {@code msg_id} or {@code msg_type}.
     */
    MALFORMED
  }
}
