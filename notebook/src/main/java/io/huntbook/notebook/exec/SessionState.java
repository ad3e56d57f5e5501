package io.huntbook.notebook.exec;

import io.huntbook.notebook.params.Prelude;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cell runs in: the connection, the time range sent with queries, the {@code let} statements
 * prepended to every query, and the instant {@code now()} means (empty: the backend's clock).
 * Immutable: running a cell yields the state for the next one.
 */
public record SessionState(
    String connection, Optional<String> timespan, Prelude prelude, Optional<Instant> now) {
  public SessionState {
    Objects.requireNonNull(connection);
    Objects.requireNonNull(timespan);
    Objects.requireNonNull(prelude);
    Objects.requireNonNull(now);
  }

  /** A session on a connection, with no time range and no parameters. */
  public static SessionState on(String connection) {
    return new SessionState(connection, Optional.empty(), Prelude.EMPTY, Optional.empty());
  }

  public SessionState withConnection(String newConnection) {
    return new SessionState(newConnection, timespan, prelude, now);
  }

  public SessionState withTimespan(Optional<String> newTimespan) {
    return new SessionState(connection, newTimespan, prelude, now);
  }

  public SessionState withPrelude(Prelude newPrelude) {
    return new SessionState(connection, timespan, newPrelude, now);
  }

  public SessionState withNow(Optional<Instant> newNow) {
    return new SessionState(connection, timespan, prelude, newNow);
  }

  /** The state after a cell's magics. */
  public SessionState apply(java.util.List<Magic> magics) {
    SessionState state = this;
    for (Magic magic : magics) {
      state =
          switch (magic) {
            case Magic.Connect connect -> state.withConnection(connect.connection());
            case Magic.Timespan span -> state.withTimespan(span.timespan());
          };
    }
    return state;
  }
}
