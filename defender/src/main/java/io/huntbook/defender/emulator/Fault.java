package io.huntbook.defender.emulator;

import java.time.Duration;
import java.util.Objects;

/** Something the emulator does to one hunting request instead of (or before) answering it. */
public sealed interface Fault {

  /** Waits, then answers normally: latency. */
  record Delay(Duration delay) implements Fault {
    public Delay {
      Objects.requireNonNull(delay);
    }
  }

  /** Answers 429 with {@code Retry-After} in whole seconds, as the services do when throttling. */
  record Throttle(int retryAfterSeconds) implements Fault {
    public Throttle {
      if (retryAfterSeconds < 0) {
        throw new IllegalArgumentException("Retry-After cannot be negative");
      }
    }
  }

  /** Answers with a server error status (500, 502, 503, 504) and the service's error envelope. */
  record ServerError(int status) implements Fault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("a server error status is 5xx, not " + status);
      }
    }
  }

  /**
   * Answers 401 as the services do for a token they no longer accept (revoked, or expired early by
   * the service's clock), whatever the token.
   */
  record RefuseToken() implements Fault {}

  /** Holds the request without answering for a while (a client timeout), then answers 504. */
  record Hang(Duration duration) implements Fault {
    public Hang {
      Objects.requireNonNull(duration);
    }
  }
}
