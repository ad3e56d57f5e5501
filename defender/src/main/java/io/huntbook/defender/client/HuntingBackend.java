package io.huntbook.defender.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.defender.HuntingApi;
import io.huntbook.defender.auth.AccessToken;
import io.huntbook.defender.auth.CredentialsException;
import io.huntbook.defender.auth.TokenSource;
import io.huntbook.defender.limits.CallLimiter;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * A {@link Backend} over one Defender hunting API. Each query takes a slot from the limiter the
 * process shares for this service, a token from the (caching) token source, and is retried: after a
 * 429 it waits the service's {@code Retry-After} (and so does every other query sharing the
 * limiter), after a server error or a timeout it backs off exponentially with jitter, a bounded
 * number of times; after a 401 it asks the identity platform for a new token, once. Interrupting
 * the calling thread cancels the query, also while it waits. The first query opens the connection
 * alone and the queries sent meanwhile follow on it, so a burst of queries from a new client costs
 * one TLS handshake, not one each ({@link FirstConnection}).
 */
public final class HuntingBackend implements Backend {
  private final HuntingApi api;
  private final URI endpoint;
  private final String scope;
  private final TokenSource tokens;
  private final CallLimiter limiter;
  private final ClientOptions options;
  private final HttpClient http;
  private final FirstConnection firstConnection = new FirstConnection();
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param endpoint the full request URL, such as {@code
   *     https://graph.microsoft.com/v1.0/security/runHuntingQuery}
   * @param scope the token scope, {@code <audience>/.default}
   */
  public HuntingBackend(
      HuntingApi api,
      URI endpoint,
      String scope,
      TokenSource tokens,
      CallLimiter limiter,
      ClientOptions options) {
    this.api = Objects.requireNonNull(api);
    this.endpoint = Objects.requireNonNull(endpoint);
    if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
      throw new IllegalArgumentException("the endpoint must be an https URL: " + endpoint);
    }
    this.scope = Objects.requireNonNull(scope);
    this.tokens = Objects.requireNonNull(tokens);
    this.limiter = Objects.requireNonNull(limiter);
    this.options = Objects.requireNonNull(options);
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    options.trust().ifPresent(builder::sslContext);
    this.http = builder.build();
  }

  @Override
  public String name() {
    return api.shortName();
  }

  public HuntingApi api() {
    return api;
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public ResultTable execute(QueryRequest request) throws QueryException, InterruptedException {
    byte[] body = requestBody(request);
    RetryPolicy retry = options.retry();
    int failures = 0;
    int throttles = 0;
    Optional<AccessToken> renewed = Optional.empty();
    boolean refused = false;
    while (true) {
      limiter.acquire();
      AccessToken token = renewed.isPresent() ? renewed.get() : token();
      HttpResponse<InputStream> response;
      try {
        response = firstConnection.send(http, publisher -> httpRequest(token, publisher), body);
      } catch (HttpTimeoutException e) {
        failures++;
        if (failures >= retry.maxAttempts()) {
          throw new QueryException(
              DefenderErrorCodes.TIMEOUT,
              api.shortName()
                  + " gave no answer within "
                  + retry.requestTimeout().toSeconds()
                  + " s, "
                  + failures
                  + " times: the services stop a query after about 3 minutes; narrow the time"
                  + " range, filter earlier, or summarize.");
        }
        Thread.sleep(retry.backoff(failures));
        continue;
      } catch (SSLException e) {
        throw new QueryException(
            DefenderErrorCodes.UNREACHABLE,
            "TLS with "
                + endpoint.getHost()
                + " failed: for a private endpoint or the emulator, trust its certificate (--trust)"
                + " ("
                + e.getClass().getSimpleName()
                + ")");
      } catch (IOException e) {
        failures++;
        if (failures >= retry.maxAttempts()) {
          throw new QueryException(
              DefenderErrorCodes.UNREACHABLE,
              "cannot reach "
                  + endpoint
                  + " ("
                  + (e instanceof ConnectException
                      ? "connection refused"
                      : e.getClass().getSimpleName())
                  + "): check the network and --endpoint");
        }
        Thread.sleep(retry.backoff(failures));
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return readResult(response);
      }
      ServiceError error = ServiceError.parse(drain(response));
      if (status == 401 && !refused) {
        // A token refused before its time (revoked, or the service's clock ahead of ours): one
        // new token from the identity platform itself, then the refusal stands.
        refused = true;
        renewed = Optional.of(renewedToken(token));
        continue;
      }
      if (status == 429) {
        throttles++;
        int throttleCount = throttles;
        Duration wait = retryAfter(response).orElseGet(() -> retry.backoff(throttleCount));
        if (throttles > retry.maxThrottleRetries() || wait.compareTo(retry.maxRetryAfter()) > 0) {
          throw new QueryException(
              DefenderErrorCodes.THROTTLED,
              api.shortName()
                  + " is throttling this tenant (429) and asks to wait "
                  + wait.toSeconds()
                  + " s: the API allows about "
                  + HuntingApi.CALLS_PER_MINUTE
                  + " calls a minute"
                  + (api.callsPerHour() > 0 ? " and " + api.callsPerHour() + " an hour" : "")
                  + " and a CPU budget per 15 minutes; run fewer or lighter queries and try again"
                  + " later."
                  + FailureAdvice.serviceText(error));
        }
        limiter.pauseFor(wait);
        continue;
      }
      if (status >= 500) {
        failures++;
        if (failures >= retry.maxAttempts()) {
          throw new QueryException(
              status == 504 ? DefenderErrorCodes.TIMEOUT : DefenderErrorCodes.SERVER_ERROR,
              api.shortName()
                  + " failed with HTTP "
                  + status
                  + " "
                  + failures
                  + " times in a row: the service may be degraded; try again in a few minutes"
                  + (status == 504 ? ", or make the query lighter" : "")
                  + "."
                  + FailureAdvice.serviceText(error));
        }
        Thread.sleep(retry.backoff(failures));
        continue;
      }
      throw FailureAdvice.forStatus(api, endpoint, status, error);
    }
  }

  private byte[] requestBody(QueryRequest request) throws QueryException {
    ObjectNode body = json.createObjectNode();
    body.put("Query", request.kql());
    if (api.graphShape()) {
      request.timespan().ifPresent(timespan -> body.put("Timespan", timespan));
    }
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new QueryException(DefenderErrorCodes.QUERY_REJECTED, "cannot encode the query", e);
    }
  }

  private AccessToken token() throws QueryException, InterruptedException {
    try {
      return tokens.token(scope);
    } catch (CredentialsException e) {
      throw new QueryException(DefenderErrorCodes.CREDENTIALS, e.getMessage());
    }
  }

  private AccessToken renewedToken(AccessToken refused)
      throws QueryException, InterruptedException {
    try {
      return tokens.refresh(scope, refused);
    } catch (CredentialsException e) {
      throw new QueryException(DefenderErrorCodes.CREDENTIALS, e.getMessage());
    }
  }

  private HttpRequest httpRequest(AccessToken token, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(options.retry().requestTimeout())
        .header("Authorization", "Bearer " + token.value().reveal())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json")
        .POST(body)
        .build();
  }

  private ResultTable readResult(HttpResponse<InputStream> response) throws QueryException {
    try (InputStream in = response.body()) {
      return new ResponseReader(json, options.rowLimit()).read(in);
    } catch (MalformedResponseException e) {
      throw new QueryException(
          DefenderErrorCodes.MALFORMED_RESPONSE,
          api.shortName() + " answered with an unexpected result: " + e.getMessage());
    } catch (IOException e) {
      throw new QueryException(
          DefenderErrorCodes.MALFORMED_RESPONSE,
          api.shortName()
              + " answered with JSON that could not be read ("
              + e.getClass().getSimpleName()
              + "); the connection may have dropped: run the query again");
    }
  }

  private static byte[] drain(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      return in.readNBytes(64 * 1024);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** {@code Retry-After} in seconds, or as an HTTP date. */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get().strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException neither) {
        return Optional.empty();
      }
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
