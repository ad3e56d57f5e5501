package io.huntbook.defender.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limiters of a process, one per service and tenant, so that every query of the process (all
 * notebooks, cells and threads) counts against the same quota the service enforces. Backends get
 * theirs from {@link #processWide()}; a test may make a registry of its own.
 */
public final class Limiters {
  private static final Limiters PROCESS = new Limiters();
  private final Map<String, CallLimiter> limiters = new ConcurrentHashMap<>();

  /** The registry every backend of this process shares. */
  public static Limiters processWide() {
    return PROCESS;
  }

  /**
   * The limiter for a service (API, host and tenant); made with the policy on first use, after
   * which the first policy stays in force.
   */
  public CallLimiter forService(String serviceKey, LimitPolicy policy) {
    return limiters.computeIfAbsent(serviceKey, key -> new CallLimiter(policy));
  }
}
