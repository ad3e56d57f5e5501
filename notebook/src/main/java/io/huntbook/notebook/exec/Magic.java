package io.huntbook.notebook.exec;

import java.util.Objects;
import java.util.Optional;

/** A line magic at the top of a cell; it changes the session for this cell and the next ones. */
public sealed interface Magic {

  /** The connection names {@code %connect} accepts. */
  java.util.List<String> CONNECTIONS = java.util.List.of("graph", "local", "m365d", "mde");

  /** {@code %connect graph|local|m365d|mde}. */
  record Connect(String connection) implements Magic {
    public Connect {
      Objects.requireNonNull(connection);
    }
  }

  /** {@code %timespan P7D} (an ISO 8601 range for Graph) or {@code %timespan none}. */
  record Timespan(Optional<String> timespan) implements Magic {
    public Timespan {
      Objects.requireNonNull(timespan);
    }
  }
}
