package io.huntbook.defender.emulator;

import io.huntbook.defender.HuntingApi;
import io.huntbook.engine.Backend;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the emulator behaves. Start from {@link #defaults(Backend)} and change what a test or a demo
 * needs with the {@code with…} methods.
 *
 * @param port the TCP port on loopback, 0 for any free one
 * @param backend what runs the queries (the local engine over the demo tenant, or a test fake)
 * @param roles the application permissions tokens grant (users get the delegated equivalents)
 * @param tokenLifetime how long issued tokens last
 * @param rateLimit the call limit for hunting requests, empty for none
 * @param faults faults applied to the next hunting requests
 * @param latency the hunting APIs' response time: every answer leaves no sooner than this after its
 *     request arrived (the query runs meanwhile)
 * @param maxRows rows returned at most (the services' 100,000); the rest is cut silently, as the
 *     services do
 * @param maxResultBytes an estimated result size past which the request fails as the services'
 *     result-size error
 * @param clientCertificate a certificate registered for the application, so client assertions
 *     signed with its key are accepted
 */
public record EmulatorOptions(
    int port,
    Backend backend,
    Set<String> roles,
    Duration tokenLifetime,
    Optional<RateLimit> rateLimit,
    FaultPlan faults,
    Duration latency,
    int maxRows,
    long maxResultBytes,
    Optional<X509Certificate> clientCertificate) {

  /** At most {@code calls} hunting requests in any sliding {@code window}. */
  public record RateLimit(int calls, Duration window) {
    public RateLimit {
      if (calls <= 0 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("a rate limit needs a positive count and window");
      }
    }
  }

  public EmulatorOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    Objects.requireNonNull(backend, "backend");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(tokenLifetime);
    Objects.requireNonNull(rateLimit);
    Objects.requireNonNull(faults);
    Objects.requireNonNull(latency);
    if (maxRows <= 0 || maxResultBytes <= 0) {
      throw new IllegalArgumentException("row and size limits must be positive");
    }
    Objects.requireNonNull(clientCertificate);
  }

  /**
   * The services' behaviour: every hunting permission granted, one-hour tokens, 45 calls a minute,
   * 100,000 rows, about 124 MB of results, no faults.
   */
  public static EmulatorOptions defaults(Backend backend) {
    return new EmulatorOptions(
        0,
        backend,
        Set.of(
            HuntingApi.GRAPH.applicationPermission(),
            HuntingApi.M365D.applicationPermission(),
            HuntingApi.MDE.applicationPermission()),
        Duration.ofMinutes(60),
        Optional.of(new RateLimit(HuntingApi.CALLS_PER_MINUTE, Duration.ofMinutes(1))),
        new FaultPlan(),
        Duration.ZERO,
        HuntingApi.ROW_LIMIT,
        130_000_000L,
        Optional.empty());
  }

  public EmulatorOptions withPort(int newPort) {
    return new EmulatorOptions(
        newPort,
        backend,
        roles,
        tokenLifetime,
        rateLimit,
        faults,
        latency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withRoles(Set<String> newRoles) {
    return new EmulatorOptions(
        port,
        backend,
        newRoles,
        tokenLifetime,
        rateLimit,
        faults,
        latency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withTokenLifetime(Duration newLifetime) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        newLifetime,
        rateLimit,
        faults,
        latency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withRateLimit(Optional<RateLimit> newLimit) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        tokenLifetime,
        newLimit,
        faults,
        latency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withFaults(FaultPlan newFaults) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        tokenLifetime,
        rateLimit,
        newFaults,
        latency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withLatency(Duration newLatency) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        tokenLifetime,
        rateLimit,
        faults,
        newLatency,
        maxRows,
        maxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withLimits(int newMaxRows, long newMaxResultBytes) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        tokenLifetime,
        rateLimit,
        faults,
        latency,
        newMaxRows,
        newMaxResultBytes,
        clientCertificate);
  }

  public EmulatorOptions withClientCertificate(X509Certificate certificate) {
    return new EmulatorOptions(
        port,
        backend,
        roles,
        tokenLifetime,
        rateLimit,
        faults,
        latency,
        maxRows,
        maxResultBytes,
        Optional.of(certificate));
  }
}
