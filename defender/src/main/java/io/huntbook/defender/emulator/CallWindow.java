package io.huntbook.defender.emulator;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The emulator's own call limit: at most {@code calls} accepted in any sliding {@code window}; a
 * refused call learns how long until the oldest accepted one leaves the window.
 */
final class CallWindow {
  private final int calls;
  private final long windowNanos;
  private final ArrayDeque<Long> accepted = new ArrayDeque<>();

  CallWindow(int calls, Duration window) {
    this.calls = calls;
    this.windowNanos = window.toNanos();
  }

  /** Zero when the call is accepted, otherwise how long to wait. */
  synchronized Duration tryAcquire() {
    long now = System.nanoTime();
    while (!accepted.isEmpty() && now - accepted.peekFirst() >= windowNanos) {
      accepted.pollFirst();
    }
    if (accepted.size() < calls) {
      accepted.addLast(now);
      return Duration.ZERO;
    }
    return Duration.ofNanos(windowNanos - (now - accepted.peekFirst()));
  }
}
