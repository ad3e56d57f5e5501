package io.huntbook.kernel.wire;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * The five sockets of a running kernel, bound from a connection file, each driven by its own
 * thread. Shell and control requests are decoded and checked by the {@link WireCodec} and handed to
 * their {@link RequestHandler}; rejected frames are logged and dropped. Iopub messages are queued
 * by any thread and sent by the iopub thread alone, because a ZeroMQ socket must not be shared, and
 * because a thread that is interrupted (to cancel a query) must never be inside ZeroMQ's own I/O.
 * The heartbeat echoes whatever it receives. The stdin socket is bound so that clients can connect;
 * this kernel never asks for input.
 */
public final class KernelConnection implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(KernelConnection.class.getName());
  private static final int POLL_MILLIS = 100;
  private static final int LINGER_MILLIS = 1000;

  private final ZContext context = new ZContext();
  private final WireCodec codec;
  private final ConnectionInfo bound;
  private final BlockingQueue<Message> iopubQueue = new LinkedBlockingQueue<>();
  private final AtomicInteger dropped = new AtomicInteger();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  private final ZMQ.Socket shellSocket;
  private final ZMQ.Socket controlSocket;
  private boolean serving;

  private KernelConnection(ConnectionInfo info, WireCodec codec) {
    this.codec = codec;
    this.shellSocket = socket(SocketType.ROUTER);
    this.controlSocket = socket(SocketType.ROUTER);
    ZMQ.Socket stdinSocket = socket(SocketType.ROUTER);
    ZMQ.Socket iopubSocket = socket(SocketType.PUB);
    ZMQ.Socket heartbeatSocket = socket(SocketType.REP);
    this.bound =
        new ConnectionInfo(
            info.transport(),
            info.ip(),
            bind(shellSocket, info, info.shellPort()),
            bind(controlSocket, info, info.controlPort()),
            bind(stdinSocket, info, info.stdinPort()),
            bind(iopubSocket, info, info.iopubPort()),
            bind(heartbeatSocket, info, info.heartbeatPort()),
            info.signatureScheme(),
            info.key());
    start("huntbook-kernel-iopub", () -> publishLoop(iopubSocket));
    start("huntbook-kernel-heartbeat", () -> echoLoop(heartbeatSocket));
  }

  /**
   * Binds the sockets (a port of 0 picks a free one; see {@link #boundInfo()}) and starts iopub and
   * the heartbeat; requests are read once {@link #serve} is called.
   */
  public static KernelConnection bind(ConnectionInfo info) {
    return new KernelConnection(info, WireCodec.forKey(info.key()));
  }

  /** Starts reading shell and control requests; call once. */
  public synchronized void serve(RequestHandler shell, RequestHandler control) {
    if (serving) {
      throw new IllegalStateException("already serving");
    }
    serving = true;
    start("huntbook-kernel-shell", () -> serve("shell", shellSocket, shell));
    start("huntbook-kernel-control", () -> serve("control", controlSocket, control));
  }

  /** The connection info with the ports actually bound. */
  public ConnectionInfo boundInfo() {
    return bound;
  }

  /** Queues a message for iopub; safe from any thread, never blocks. */
  public void publish(Message message) {
    if (running) {
      iopubQueue.add(message);
    }
  }

  /** How many frame lists were rejected and dropped so far. */
  public int droppedCount() {
    return dropped.get();
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClosed() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the socket threads after iopub has sent what was queued, then closes the sockets. May be
   * called from a handler: the calling thread is not joined.
   */
  @Override
  public void close() {
    List<Thread> started;
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      started = List.copyOf(threads);
    }
    for (Thread thread : started) {
      if (thread != Thread.currentThread()) {
        try {
          thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    context.close();
    stopped.countDown();
  }

  private ZMQ.Socket socket(SocketType type) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setLinger(LINGER_MILLIS);
    socket.setReceiveTimeOut(POLL_MILLIS);
    return socket;
  }

  private static int bind(ZMQ.Socket socket, ConnectionInfo info, int port) {
    if (port == 0) {
      return socket.bindToRandomPort(info.transport() + "://" + info.ip());
    }
    socket.bind(info.endpoint(port));
    return port;
  }

  private void start(String name, Runnable loop) {
    Thread thread = new Thread(loop, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void serve(String channel, ZMQ.Socket socket, RequestHandler handler) {
    while (running) {
      ZMsg frames = ZMsg.recvMsg(socket);
      if (frames == null) {
        continue;
      }
      Message request = check(channel, frames);
      if (request == null) {
        continue;
      }
      RequestHandler.Responder responder =
          new RequestHandler.Responder() {
            @Override
            public void send(Message reply) {
              KernelConnection.this.send(socket, reply);
            }

            @Override
            public List<Message> takeQueued() {
              List<Message> queued = new ArrayList<>();
              ZMsg waiting;
              while ((waiting = ZMsg.recvMsg(socket, false)) != null) {
                Message message = check(channel, waiting);
                if (message != null) {
                  queued.add(message);
                }
              }
              return queued;
            }
          };
      try {
        handler.handle(request, responder);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "the " + channel + " handler failed", e);
      }
    }
  }

  /** The message in these frames, or null when they are rejected (which is logged). */
  private Message check(String channel, ZMsg frames) {
    List<byte[]> parts = new ArrayList<>(frames.size());
    for (ZFrame frame : frames) {
      parts.add(frame.getData());
    }
    return switch (codec.decode(parts)) {
      case Decoded.Accepted accepted -> accepted.message();
      case Decoded.Rejected rejected -> {
        dropped.incrementAndGet();
        LOG.log(
            Level.WARNING,
            "dropped a message on {0}: {1} ({2})",
            channel,
            rejected.reason(),
            rejected.detail());
        yield null;
      }
    };
  }

  private void send(ZMQ.Socket socket, Message message) {
    Iterator<byte[]> frames = codec.encode(message).iterator();
    while (frames.hasNext()) {
      byte[] frame = frames.next();
      if (frames.hasNext()) {
        socket.sendMore(frame);
      } else {
        socket.send(frame);
      }
    }
  }

  private void publishLoop(ZMQ.Socket socket) {
    try {
      while (running || !iopubQueue.isEmpty()) {
        Message message = iopubQueue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (message != null) {
          send(socket, message);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void echoLoop(ZMQ.Socket socket) {
    while (running) {
      ZMsg ping = ZMsg.recvMsg(socket);
      if (ping != null) {
        ping.send(socket);
      }
    }
  }
}
