package io.huntbook.kernel.wire;

/**
 * Handles the requests of one socket (shell or control), one at a time, on that socket's thread.
 */
@FunctionalInterface
public interface RequestHandler {
  void handle(Message request, Responder responder);

  /**
   * The socket a request came from, usable only from the handler's thread while it handles the
   * request.
   */
  interface Responder {
    /** Sends a reply; it is routed back by the message's identities. */
    void send(Message reply);

    /**
     * Takes the requests already waiting on the socket without blocking (checked like any other;
     * rejected ones are dropped), so that a kernel can abort what was queued behind a failure.
     */
    java.util.List<Message> takeQueued();
  }
}
