package io.huntbook.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.wire.ConnectionInfo;
import io.huntbook.kernel.wire.Decoded;
import io.huntbook.kernel.wire.Json;
import io.huntbook.kernel.wire.Message;
import io.huntbook.kernel.wire.Session;
import io.huntbook.kernel.wire.WireCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/** A Jupyter client on real JeroMQ sockets, for tests: signs with the kernel's key. */
final class WireClient implements AutoCloseable {
  private final ZContext context = new ZContext();
  private final ZMQ.Socket shell;
  private final ZMQ.Socket control;
  private final ZMQ.Socket iopub;
  private final ZMQ.Socket heartbeat;
  private final WireCodec codec;
  final Session session = Session.create();

  WireClient(ConnectionInfo info) {
    codec = WireCodec.forKey(info.key());
    shell = connect(SocketType.DEALER, info.endpoint(info.shellPort()));
    control = connect(SocketType.DEALER, info.endpoint(info.controlPort()));
    iopub = connect(SocketType.SUB, info.endpoint(info.iopubPort()));
    iopub.subscribe(new byte[0]);
    heartbeat = connect(SocketType.REQ, info.endpoint(info.heartbeatPort()));
  }

  private ZMQ.Socket connect(SocketType type, String endpoint) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setLinger(0);
    socket.setReceiveTimeOut(10_000);
    socket.connect(endpoint);
    return socket;
  }

  /** Waits until iopub delivers, since a subscriber misses what was published before it joined. */
  void awaitIopub() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    iopub.setReceiveTimeOut(200);
    try {
      while (System.nanoTime() < deadline) {
        Message request = request("kernel_info_request", Json.object());
        sendShell(request);
        receiveShell();
        ZMsg first = ZMsg.recvMsg(iopub);
        if (first != null) {
          // drain what the probe produced
          while (ZMsg.recvMsg(iopub) != null) {}
          return;
        }
      }
      throw new AssertionError("iopub delivered nothing within 10 s");
    } finally {
      iopub.setReceiveTimeOut(10_000);
    }
  }

  Message request(String msgType, ObjectNode content) {
    return session.request(msgType, content);
  }

  void sendShell(Message message) {
    sendFrames(shell, codec.encode(message));
  }

  void sendControl(Message message) {
    sendFrames(control, codec.encode(message));
  }

  /** Sends raw frames on shell, for forged and replayed messages. */
  void sendShellFrames(List<byte[]> frames) {
    sendFrames(shell, frames);
  }

  List<byte[]> encode(Message message) {
    return codec.encode(message);
  }

  Message receiveShell() {
    return receive(shell, "shell");
  }

  Message receiveShell(Duration timeout) {
    shell.setReceiveTimeOut((int) timeout.toMillis());
    try {
      ZMsg frames = ZMsg.recvMsg(shell);
      return frames == null ? null : decode(frames);
    } finally {
      shell.setReceiveTimeOut(10_000);
    }
  }

  Message receiveControl() {
    return receive(control, "control");
  }

  Message receiveIopub() {
    return receive(iopub, "iopub");
  }

  /** The iopub messages of one request, up to and including its idle status. */
  List<Message> iopubUntilIdle(Message request) {
    List<Message> messages = new ArrayList<>();
    while (true) {
      Message message = receiveIopub();
      if (!message.parentMsgId().equals(request.msgId())) {
        continue;
      }
      messages.add(message);
      if (message.msgType().equals("status")
          && message.content().path("execution_state").asText().equals("idle")) {
        return messages;
      }
    }
  }

  byte[] ping(byte[] payload) {
    heartbeat.send(payload);
    return heartbeat.recv();
  }

  private Message receive(ZMQ.Socket socket, String channel) {
    ZMsg frames = ZMsg.recvMsg(socket);
    if (frames == null) {
      throw new AssertionError("no message on " + channel + " within the timeout");
    }
    return decode(frames);
  }

  private Message decode(ZMsg frames) {
    List<byte[]> parts = new ArrayList<>();
    for (ZFrame frame : frames) {
      parts.add(frame.getData());
    }
    return switch (codec.decode(parts)) {
      case Decoded.Accepted accepted -> accepted.message();
      case Decoded.Rejected rejected ->
          throw new AssertionError("the kernel sent a bad message: " + rejected);
    };
  }

  private static void sendFrames(ZMQ.Socket socket, List<byte[]> frames) {
    Iterator<byte[]> iterator = frames.iterator();
    while (iterator.hasNext()) {
      byte[] frame = iterator.next();
      if (iterator.hasNext()) {
        socket.sendMore(frame);
      } else {
        socket.send(frame);
      }
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
