package io.huntbook.defender.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Makes a client's first request open its connection alone. The JDK's {@link HttpClient} opens a
 * new connection for every request sent while none is open, for HTTP/2 too, so a burst of first
 * queries (a notebook's cells, all at once) would cost a TLS handshake each, on both ends. Here the
 * first request goes out alone; the others wait until its connection is open (the client starts
 * sending its body) or it has failed, then go together: over that one connection when the service
 * speaks HTTP/2, as Graph and the Defender APIs do. After that, requests go straight out.
 */
final class FirstConnection {
  private final AtomicReference<CompletableFuture<Void>> opening = new AtomicReference<>();

  /**
   * Sends a request with {@code body}, built by {@code request} around the body publisher it is
   * given.
   */
  HttpResponse<InputStream> send(
      HttpClient http, Function<BodyPublisher, HttpRequest> request, byte[] body)
      throws IOException, InterruptedException {
    CompletableFuture<Void> opened = opening.get();
    if (opened == null) {
      CompletableFuture<Void> mine = new CompletableFuture<>();
      opened = opening.compareAndExchange(null, mine);
      if (opened == null) {
        try {
          return http.send(
              request.apply(new Signalling(HttpRequest.BodyPublishers.ofByteArray(body), mine)),
              HttpResponse.BodyHandlers.ofInputStream());
        } finally {
          // Failed before sending (refused, TLS, timeout): the others try for themselves.
          mine.complete(null);
        }
      }
    }
    if (!opened.isDone()) {
      try {
        opened.get();
      } catch (ExecutionException never) {
        // The future only ever completes normally.
      }
    }
    return http.send(
        request.apply(HttpRequest.BodyPublishers.ofByteArray(body)),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  /** A body publisher that reports when the client starts sending the body. */
  private record Signalling(BodyPublisher body, CompletableFuture<Void> sending)
      implements BodyPublisher {
    @Override
    public long contentLength() {
      return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      sending.complete(null);
      body.subscribe(subscriber);
    }
  }
}
