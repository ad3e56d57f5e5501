package io.huntbook.kernel.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The kernel's side of a Jupyter session: makes the headers of the messages it sends (a fresh
 * {@code msg_id}, its session id, the date, protocol version 5.3) and ties replies to requests.
 */
public final class Session {
  /** The messaging protocol version this kernel speaks. */
  public static final String PROTOCOL_VERSION = "5.3";

  private final String id;
  private final String username;
  private final Clock clock;

  public Session(String id, String username, Clock clock) {
    this.id = id;
    this.username = username;
    this.clock = clock;
  }

  /** A session with a random id, user {@code kernel}, on the system clock. */
  public static Session create() {
    return new Session(UUID.randomUUID().toString(), "kernel", Clock.systemUTC());
  }

  public String id() {
    return id;
  }

  /** A new header of this session for a message of the given type. */
  public ObjectNode header(String msgType) {
    ObjectNode header = Json.object();
    header.put("msg_id", UUID.randomUUID().toString());
    header.put("session", id);
    header.put("username", username);
    header.put(
        "date",
        DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    header.put("msg_type", msgType);
    header.put("version", PROTOCOL_VERSION);
    return header;
  }

  /** The reply to a request on shell or control: routed back to the request's identities. */
  public Message reply(Message request, String msgType, ObjectNode content) {
    return new Message(
        request.identities(), header(msgType), request.header(), Json.object(), content, List.of());
  }

  /**
   * A message for iopub about a request (the parent), with the topic Jupyter kernels use: {@code
   * kernel.<session>.<msg_type>}.
   */
  public Message broadcast(Message parent, String msgType, ObjectNode content) {
    return broadcast(parent.header(), msgType, content);
  }

  /** A message for iopub with the given parent header (empty when it answers nothing). */
  public Message broadcast(ObjectNode parentHeader, String msgType, ObjectNode content) {
    byte[] topic = ("kernel." + id + "." + msgType).getBytes(StandardCharsets.UTF_8);
    return new Message(
        List.of(topic), header(msgType), parentHeader, Json.object(), content, List.of());
  }

  /** A request as a client sends it (for tests and tools that talk to a kernel). */
  public Message request(String msgType, ObjectNode content) {
    return new Message(
        List.of(), header(msgType), Json.object(), Json.object(), content, List.of());
  }
}
