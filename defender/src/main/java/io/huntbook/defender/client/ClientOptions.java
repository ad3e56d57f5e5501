package io.huntbook.defender.client;

import io.huntbook.defender.HuntingApi;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the hunting client talks to a service.
 *
 * @param retry retries, backoff and the per-request timeout
 * @param rowLimit the service's row limit, for marking results truncated
 * @param trust TLS trust for an endpoint whose certificate no public authority issued (the
 *     emulator); empty: the JDK's trust store
 * @param connectTimeout how long to wait for a connection
 */
public record ClientOptions(
    RetryPolicy retry, int rowLimit, Optional<SSLContext> trust, Duration connectTimeout) {
  public ClientOptions {
    Objects.requireNonNull(retry);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(connectTimeout);
    if (rowLimit <= 0) {
      throw new IllegalArgumentException("the row limit must be positive");
    }
  }

  public static ClientOptions defaults() {
    return new ClientOptions(
        RetryPolicy.defaults(), HuntingApi.ROW_LIMIT, Optional.empty(), Duration.ofSeconds(30));
  }

  public ClientOptions withRetry(RetryPolicy newRetry) {
    return new ClientOptions(newRetry, rowLimit, trust, connectTimeout);
  }

  public ClientOptions withRowLimit(int newRowLimit) {
    return new ClientOptions(retry, newRowLimit, trust, connectTimeout);
  }

  public ClientOptions withTrust(SSLContext context) {
    return new ClientOptions(retry, rowLimit, Optional.of(context), connectTimeout);
  }
}
