package io.huntbook.defender.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.huntbook.defender.HuntingApi;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The hunting APIs' error envelopes: Defender's {@code {"error":{"code","message","target"}}} and
 * Graph's {@code {"error":{"code","message","innerError":{"date","request-id",
 * "client-request-id"}}}}.
 */
final class ServiceErrors {
  private ServiceErrors() {}

  static void send(HttpExchange exchange, HuntingApi api, int status, String code, String message)
      throws IOException {
    Exchanges.sendJsonBytes(exchange, status, body(exchange, api, code, message));
  }

  /** The error envelope's bytes, for a request on {@code exchange}. */
  static byte[] body(HttpExchange exchange, HuntingApi api, String code, String message)
      throws IOException {
    ObjectNode envelope = Exchanges.JSON.createObjectNode();
    ObjectNode error = envelope.putObject("error");
    error.put("code", code);
    error.put("message", message);
    String requestId = UUID.randomUUID().toString();
    if (api.graphShape()) {
      ObjectNode inner = error.putObject("innerError");
      inner.put("date", Instant.now().toString());
      inner.put("request-id", requestId);
      String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
      inner.put("client-request-id", clientRequestId == null ? requestId : clientRequestId);
    } else {
      error.put("target", requestId);
    }
    return Exchanges.JSON.writeValueAsBytes(envelope);
  }
}
