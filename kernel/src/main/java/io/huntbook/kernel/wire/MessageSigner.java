package io.huntbook.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages with HMAC-SHA256 over the header, parent header, metadata and content
 * frames, as the connection file's key and {@code signature_scheme} ask. A signature is the
 * lower-case hex digest; checks compare in constant time. With an empty key, signing is off: the
 * signature is empty and only an empty signature is accepted.
 */
public final class MessageSigner {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final Mac prototype;

  public MessageSigner(String key) {
    if (key.isEmpty()) {
      prototype = null;
      return;
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      prototype = mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
    }
  }

  /** Whether this signer signs at all (the key is not empty). */
  public boolean enabled() {
    return prototype != null;
  }

  /** The signature frame for these four JSON frames, as ASCII hex. */
  public byte[] sign(List<byte[]> signedFrames) {
    if (prototype == null) {
      return new byte[0];
    }
    Mac mac = newMac();
    for (byte[] frame : signedFrames) {
      mac.update(frame);
    }
    return HEX.formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether {@code signature} is the signature of these frames; takes the same time either way. */
  public boolean verify(byte[] signature, List<byte[]> signedFrames) {
    return MessageDigest.isEqual(sign(signedFrames), signature);
  }

  private Mac newMac() {
    try {
      // Mac is not thread-safe; a clone of the keyed prototype is cheap and skips re-keying.
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(ALGORITHM + " cannot be cloned", e);
    }
  }
}
