package io.huntbook.defender.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds callers back so that no window of the policy sees more calls than it allows, and so that a
 * service's {@code Retry-After} holds back every query sharing this limiter, not only the one that
 * was refused. Waiting is interruptible. Thread-safe.
 */
public final class CallLimiter {
  private final LimitPolicy policy;
  private final List<ArrayDeque<Long>> accepted = new ArrayList<>();
  private long pausedUntilNanos;
  private boolean paused;

  public CallLimiter(LimitPolicy policy) {
    this.policy = policy;
    for (int i = 0; i < policy.windows().size(); i++) {
      accepted.add(new ArrayDeque<>());
    }
  }

  public LimitPolicy policy() {
    return policy;
  }

  /** Waits until a call is allowed, then counts it. */
  public void acquire() throws InterruptedException {
    while (true) {
      long wait = tryAcquireNanos();
      if (wait == 0) {
        return;
      }
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  /** Holds every caller back for this long from now (a 429's {@code Retry-After}). */
  public synchronized void pauseFor(Duration duration) {
    long until = System.nanoTime() + duration.toNanos();
    if (!paused || until - pausedUntilNanos > 0) {
      pausedUntilNanos = until;
      paused = true;
    }
  }

  /** How long a call made now would wait (zero when it could go at once). */
  public synchronized Duration currentWait() {
    return Duration.ofNanos(waitNanos(System.nanoTime()));
  }

  private synchronized long tryAcquireNanos() {
    long now = System.nanoTime();
    long wait = waitNanos(now);
    if (wait > 0) {
      return wait;
    }
    for (ArrayDeque<Long> calls : accepted) {
      calls.addLast(now);
    }
    return 0;
  }

  private long waitNanos(long now) {
    long wait = 0;
    if (paused) {
      if (pausedUntilNanos - now > 0) {
        wait = pausedUntilNanos - now;
      } else {
        paused = false;
      }
    }
    for (int i = 0; i < accepted.size(); i++) {
      ArrayDeque<Long> calls = accepted.get(i);
      LimitPolicy.Window window = policy.windows().get(i);
      long length = window.length().toNanos();
      while (!calls.isEmpty() && now - calls.peekFirst() >= length) {
        calls.pollFirst();
      }
      if (calls.size() >= window.calls()) {
        wait = Math.max(wait, length - (now - calls.peekFirst()));
      }
    }
    return wait;
  }
}
