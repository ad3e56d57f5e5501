package io.huntbook.kernel.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
  private static final String KEY = "a0436f6c-1916-498b-8eb9-e81ab9368e84";
  private final Session client = Session.create();

  @Test
  void signatureIsTheHmacSha256OfTheFramesInOrder() {
    // RFC 4231 test case 2, split over two frames: the digest covers the frames concatenated.
    MessageSigner signer = new MessageSigner("Jefe");
    byte[] signature = signer.sign(List.of(bytes("what do ya want "), bytes("for nothing?")));
    assertThat(new String(signature, StandardCharsets.US_ASCII))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void encodedMessageDecodesWithItsIdentitiesHeaderContentAndBuffers() {
    WireCodec codec = WireCodec.forKey(KEY);
    var content = Json.object().put("code", "print 1");
    Message sent =
        new Message(
            List.of(bytes("router-id")),
            client.header("execute_request"),
            Json.object(),
            Json.object(),
            content,
            List.of(new byte[] {1, 2, 3}));
    List<byte[]> frames = codec.encode(sent);
    assertThat(frames.get(1)).isEqualTo(WireCodec.DELIMITER);
    assertThat(frames).hasSize(8);

    Message received = accepted(codec.decode(frames));
    assertThat(received.msgType()).isEqualTo("execute_request");
    assertThat(received.msgId()).isEqualTo(sent.msgId());
    assertThat(received.identities()).singleElement().isEqualTo(bytes("router-id"));
    assertThat(received.content()).isEqualTo(content);
    assertThat(received.buffers()).singleElement().isEqualTo(new byte[] {1, 2, 3});
  }

  @Test
  void framesWithoutTheDelimiterAreRejected() {
    WireCodec codec = WireCodec.forKey(KEY);
    List<byte[]> frames = new ArrayList<>(codec.encode(request()));
    frames.remove(0);
    assertThat(reason(codec.decode(frames))).isEqualTo(Decoded.Reason.NO_DELIMITER);
  }

  @Test
  void framesMissingAJsonPartAreRejected() {
    WireCodec codec = WireCodec.forKey(KEY);
    List<byte[]> frames = new ArrayList<>(codec.encode(request()));
    frames.remove(frames.size() - 1);
    assertThat(reason(codec.decode(frames))).isEqualTo(Decoded.Reason.MISSING_FRAMES);
  }

  @Test
  void anUnsignedMessageIsRejectedWhenTheKernelHasAKey() {
    List<byte[]> frames = new ArrayList<>(WireCodec.forKey("").encode(request()));
    assertThat(frames.get(1)).isEmpty();
    assertThat(reason(WireCodec.forKey(KEY).decode(frames))).isEqualTo(Decoded.Reason.UNSIGNED);
  }

  @Test
  void aMessageSignedWithAnotherKeyIsRejected() {
    List<byte[]> frames = WireCodec.forKey("some other key").encode(request());
    assertThat(reason(WireCodec.forKey(KEY).decode(frames)))
        .isEqualTo(Decoded.Reason.BAD_SIGNATURE);
  }

  @Test
  void aMessageWhoseContentWasChangedAfterSigningIsRejected() {
    WireCodec codec = WireCodec.forKey(KEY);
    List<byte[]> frames = new ArrayList<>(codec.encode(request()));
    frames.set(frames.size() - 1, bytes("{\"code\":\"DeviceEvents | take 1\"}"));
    assertThat(reason(codec.decode(frames))).isEqualTo(Decoded.Reason.BAD_SIGNATURE);
  }

  @Test
  void aMessageSentTwiceIsAcceptedOnceThenRejectedAsAReplay() {
    WireCodec sender = WireCodec.forKey(KEY);
    WireCodec kernel = WireCodec.forKey(KEY);
    List<byte[]> frames = sender.encode(request());
    assertThat(kernel.decode(frames)).isInstanceOf(Decoded.Accepted.class);
    assertThat(reason(kernel.decode(frames))).isEqualTo(Decoded.Reason.REPLAYED);
  }

  @Test
  void aSignedFrameThatIsNotAJsonObjectIsRejected() {
    MessageSigner signer = new MessageSigner(KEY);
    List<byte[]> signed = List.of(bytes("[1, 2]"), bytes("{}"), bytes("{}"), bytes("{}"));
    List<byte[]> frames = new ArrayList<>();
    frames.add(WireCodec.DELIMITER);
    frames.add(signer.sign(signed));
    frames.addAll(signed);
    assertThat(reason(WireCodec.forKey(KEY).decode(frames))).isEqualTo(Decoded.Reason.MALFORMED);
  }

  @Test
  void withoutAKeyOnlyUnsignedMessagesAreAcceptedAndReplayIsNotTracked() {
    WireCodec codec = WireCodec.forKey("");
    List<byte[]> unsigned = codec.encode(request());
    assertThat(codec.decode(unsigned)).isInstanceOf(Decoded.Accepted.class);
    assertThat(codec.decode(unsigned)).isInstanceOf(Decoded.Accepted.class);
    List<byte[]> signed = WireCodec.forKey(KEY).encode(request());
    assertThat(reason(codec.decode(signed))).isEqualTo(Decoded.Reason.BAD_SIGNATURE);
  }

  private Message request() {
    return client.request("kernel_info_request", Json.object());
  }

  private static Message accepted(Decoded decoded) {
    assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
    return ((Decoded.Accepted) decoded).message();
  }

  private static Decoded.Reason reason(Decoded decoded) {
    assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
    return ((Decoded.Rejected) decoded).reason();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
