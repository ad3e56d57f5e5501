package io.huntbook.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One query to run.
 *
 * @param kql the query text
 * @param sourceName where the text came from, for diagnostics (a file, a cell)
 * @param timespan an ISO 8601 time range for APIs that take one (Graph's {@code Timespan})
 * @param now the instant {@code now()} and {@code ago()} mean; empty: the backend's own clock (for
 *     the demo tenant, its capture time)
 */
public record QueryRequest(
    String kql, String sourceName, Optional<String> timespan, Optional<Instant> now) {
  public QueryRequest {
    Objects.requireNonNull(kql);
    Objects.requireNonNull(sourceName);
    Objects.requireNonNull(timespan);
    Objects.requireNonNull(now);
  }

  public static QueryRequest of(String kql) {
    return new QueryRequest(kql, "<query>", Optional.empty(), Optional.empty());
  }
}
