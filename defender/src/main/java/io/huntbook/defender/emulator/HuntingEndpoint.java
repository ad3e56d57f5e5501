package io.huntbook.defender.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.huntbook.defender.Cloud;
import io.huntbook.defender.HuntingApi;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three hunting endpoints. A request goes through what the services check, in their order:
 * bearer token (signature, expiry, audience → 401), permission (→ 403), planned faults, the call
 * limit (→ 429 with {@code Retry-After}), the body ({@code Query} is case-sensitive → 400), the
 * query itself on the backend (a KQL error → 400 with its message), then the row and size limits.
 *
 * <p>The injected latency is the service's response time: an answer leaves no sooner than that long
 * after its request arrived, and the query runs meanwhile, as it would on the service's own
 * machines. So a burst of requests measures the client, not the emulator's share of the cores.
 */
final class HuntingEndpoint implements HttpHandler {
  private final EmulatorOptions options;
  private final TokenIssuer issuer;
  private final Optional<CallWindow> window;
  private final AtomicInteger requests = new AtomicInteger();

  HuntingEndpoint(EmulatorOptions options, TokenIssuer issuer) {
    this.options = options;
    this.issuer = issuer;
    this.window = options.rateLimit().map(limit -> new CallWindow(limit.calls(), limit.window()));
  }

  int requestCount() {
    return requests.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    try (exchange) {
      // Read the whole body before answering anything: an unread body on a kept-alive connection
      // can stall the client's next request on it.
      byte[] body = Exchanges.body(exchange);
      Optional<HuntingApi> found = HuntingApi.fromPath(exchange.getRequestURI().getPath());
      if (found.isEmpty()) {
        ServiceErrors.send(exchange, HuntingApi.M365D, 404, "NotFound", "No such resource.");
        return;
      }
      HuntingApi api = found.get();
      requests.incrementAndGet();
      if (!"POST".equals(exchange.getRequestMethod())) {
        ServiceErrors.send(exchange, api, 405, "MethodNotAllowed", "Use POST.");
        return;
      }
      if (!authorized(exchange, api)) {
        return;
      }
      Optional<Fault> fault = options.faults().next();
      if (fault.isPresent() && applied(exchange, api, fault.get())) {
        return;
      }
      if (window.isPresent()) {
        Duration wait = window.get().tryAcquire();
        if (!wait.isZero()) {
          throttle(exchange, api, (int) Math.max(1, (wait.toMillis() + 999) / 1000));
          return;
        }
      }
      Reply reply = answer(exchange, api, body);
      pause(Duration.ofNanos(arrived + options.latency().toNanos() - System.nanoTime()));
      reply.send(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean authorized(HttpExchange exchange, HuntingApi api) throws IOException {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    String unauthorized = api.graphShape() ? "InvalidAuthenticationToken" : "Unauthorized";
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ServiceErrors.send(exchange, api, 401, unauthorized, "Access token is empty.");
      return false;
    }
    TokenIssuer.Check check = issuer.check(header.substring(7).strip());
    JsonNode claims;
    switch (check) {
      case TokenIssuer.Invalid invalid -> {
        ServiceErrors.send(exchange, api, 401, unauthorized, capitalised(invalid.reason()) + ".");
        return false;
      }
      case TokenIssuer.Valid valid -> claims = valid.claims();
    }
    String audience = Cloud.PUBLIC.apiHost(api).toString();
    if (!audience.equals(claims.path("aud").asText())) {
      ServiceErrors.send(
          exchange,
          api,
          401,
          unauthorized,
          "Invalid audience: the token is for "
              + claims.path("aud").asText()
              + ", this API expects "
              + audience
              + ".");
      return false;
    }
    boolean granted = false;
    for (JsonNode role : claims.path("roles")) {
      granted |= role.asText().equals(api.applicationPermission());
    }
    for (String scope : claims.path("scp").asText("").split(" ")) {
      granted |=
          scope.equals(api.delegatedPermission()) || scope.equals(api.applicationPermission());
    }
    if (!granted) {
      ServiceErrors.send(
          exchange,
          api,
          403,
          "Forbidden",
          "The application does not have any of the required permissions ("
              + api.applicationPermission()
              + ") to access the resource.");
      return false;
    }
    return true;
  }

  /** Applies a fault; true when it answered the request. */
  private boolean applied(HttpExchange exchange, HuntingApi api, Fault fault)
      throws IOException, InterruptedException {
    switch (fault) {
      case Fault.Delay delay -> {
        pause(delay.delay());
        return false;
      }
      case Fault.Throttle throttle -> {
        throttle(exchange, api, throttle.retryAfterSeconds());
        return true;
      }
      case Fault.ServerError error -> {
        ServiceErrors.send(
            exchange,
            api,
            error.status(),
            switch (error.status()) {
              case 503 -> "ServiceUnavailable";
              case 504 -> "GatewayTimeout";
              default -> "InternalServerError";
            },
            "An unexpected error occurred during query execution. Please try again in a few"
                + " minutes.");
        return true;
      }
      case Fault.RefuseToken refuse -> {
        ServiceErrors.send(
            exchange,
            api,
            401,
            api.graphShape() ? "InvalidAuthenticationToken" : "Unauthorized",
            "Access token has expired or is not yet valid.");
        return true;
      }
      case Fault.Hang hang -> {
        pause(hang.duration());
        try {
          ServiceErrors.send(
              exchange, api, 504, "GatewayTimeout", "Query exceeded the timeout period.");
        } catch (IOException clientGone) {
          // The client timed out and closed the connection, which is the point of this fault.
        }
        return true;
      }
    }
  }

  private static void throttle(HttpExchange exchange, HuntingApi api, int seconds)
      throws IOException {
    exchange.getResponseHeaders().set("Retry-After", Integer.toString(seconds));
    ServiceErrors.send(
        exchange,
        api,
        429,
        "TooManyRequests",
        "Rate limit is exceeded. Try again in " + seconds + " seconds.");
  }

  /** The answer to a hunting request, made ready to send. */
  private Reply answer(HttpExchange exchange, HuntingApi api, byte[] bytes)
      throws IOException, InterruptedException {
    JsonNode body;
    try {
      body = Exchanges.JSON.readTree(bytes);
    } catch (IOException e) {
      return Reply.error(exchange, api, 400, "InvalidRequestBody", "Request body is incorrect");
    }
    if (body == null || !body.isObject()) {
      return Reply.error(exchange, api, 400, "InvalidRequestBody", "Request body is incorrect");
    }
    JsonNode query = body.get("Query");
    if (query == null || !query.isTextual() || query.asText().isBlank()) {
      return Reply.error(
          exchange, api, 400, "MissingRequiredParameter", "Parameter 'Query' is missing.");
    }
    Optional<String> timespan = Optional.empty();
    if (api.graphShape() && body.hasNonNull("Timespan")) {
      timespan = Optional.of(body.get("Timespan").asText());
    }
    long started = System.nanoTime();
    ResultTable table;
    try {
      table =
          options
              .backend()
              .execute(new QueryRequest(query.asText(), "api", timespan, Optional.empty()));
    } catch (QueryException e) {
      return Reply.error(exchange, api, 400, "BadRequest", e.getMessage());
    } catch (RuntimeException e) {
      return Reply.error(
          exchange,
          api,
          500,
          "InternalServerError",
          "An unexpected error occurred during query execution. Please try again in a few minutes.");
    }
    int rows = Math.min(table.rowCount(), options.maxRows());
    long size = 0;
    List<List<Object>> all = table.rows();
    for (int i = 0; i < rows; i++) {
      size += ResultEncoder.estimateBytes(all.get(i));
      if (size > options.maxResultBytes()) {
        return Reply.error(
            exchange,
            api,
            400,
            "BadRequest",
            "Query execution has exceeded the allowed result size. Optimize your query by limiting"
                + " the number of results and try again");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = Exchanges.JSON.getFactory().createGenerator(out)) {
      ResultEncoder.write(json, api, table, rows, Duration.ofNanos(System.nanoTime() - started));
    }
    return new Reply(200, out.toByteArray());
  }

  private static void pause(Duration duration) throws InterruptedException {
    if (!duration.isZero() && !duration.isNegative()) {
      Thread.sleep(duration);
    }
  }

  /** A status and a JSON body, computed before the answer is due. */
  private record Reply(int status, byte[] json) {
    static Reply error(
        HttpExchange exchange, HuntingApi api, int status, String code, String message)
        throws IOException {
      return new Reply(status, ServiceErrors.body(exchange, api, code, message));
    }

    void send(HttpExchange exchange) throws IOException {
      Exchanges.sendJsonBytes(exchange, status, json);
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
