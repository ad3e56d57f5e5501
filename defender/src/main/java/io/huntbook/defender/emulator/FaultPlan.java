package io.huntbook.defender.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The faults the emulator applies to the next hunting requests, one per request in order; when the
 * plan is empty requests are answered normally. Safe to add to while the emulator runs.
 */
public final class FaultPlan {
  private final ConcurrentLinkedQueue<Fault> pending = new ConcurrentLinkedQueue<>();

  /** A plan with these faults queued. */
  public static FaultPlan of(Fault... faults) {
    FaultPlan plan = new FaultPlan();
    plan.add(faults);
    return plan;
  }

  /** A plan that throttles the next {@code count} requests with this {@code Retry-After}. */
  public static FaultPlan throttleStorm(int count, int retryAfterSeconds) {
    FaultPlan plan = new FaultPlan();
    for (int i = 0; i < count; i++) {
      plan.add(new Fault.Throttle(retryAfterSeconds));
    }
    return plan;
  }

  /** Queues more faults after those already planned. */
  public void add(Fault... faults) {
    pending.addAll(List.of(faults));
  }

  /** How many planned faults have not been applied yet. */
  public int remaining() {
    return pending.size();
  }

  Optional<Fault> next() {
    return Optional.ofNullable(pending.poll());
  }
}
