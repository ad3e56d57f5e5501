package io.huntbook.defender.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a query survives transient failures.
 *
 * @param maxAttempts attempts for server errors (5xx) and timeouts, the first included
 * @param maxThrottleRetries retries after 429s, each waiting the service's {@code Retry-After}
 * @param initialBackoff the first backoff after a server error or timeout; it doubles each time
 * @param maxBackoff the longest backoff
 * @param maxRetryAfter the longest {@code Retry-After} worth waiting; past it the query fails with
 *     the wait in the message
 * @param requestTimeout how long one request may take before it counts as timed out (the services
 *     stop a query after about 3 minutes)
 */
public record RetryPolicy(
    int maxAttempts,
    int maxThrottleRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration requestTimeout) {
  public RetryPolicy {
    if (maxAttempts < 1 || maxThrottleRetries < 0) {
      throw new IllegalArgumentException("at least one attempt, and no negative retry count");
    }
    Objects.requireNonNull(initialBackoff);
    Objects.requireNonNull(maxBackoff);
    Objects.requireNonNull(maxRetryAfter);
    Objects.requireNonNull(requestTimeout);
  }

  /**
   * Four attempts, ten throttle retries, 1 s doubling to 30 s, waits up to 15 minutes, 4-minute
   * requests.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        4,
        10,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofMinutes(15),
        Duration.ofMinutes(4));
  }

  public RetryPolicy withRequestTimeout(Duration timeout) {
    return new RetryPolicy(
        maxAttempts, maxThrottleRetries, initialBackoff, maxBackoff, maxRetryAfter, timeout);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(
        maxAttempts, maxThrottleRetries, initial, max, maxRetryAfter, requestTimeout);
  }

  /**
   * The wait before attempt {@code attempt + 1} after a server error: exponential with "equal
   * jitter" (half fixed, half random), so that many clients do not retry in step.
   */
  public Duration backoff(int attempt) {
    long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
