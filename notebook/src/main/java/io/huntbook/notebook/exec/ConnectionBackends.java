package io.huntbook.notebook.exec;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens the backend a notebook or kernel session names ({@code local}, {@code graph}, {@code
 * m365d}, {@code mde}, as in {@code %connect}) the way every command opens one: through the
 * defender module's {@link Backends}. The connection chosen when the session started keeps its
 * settings (endpoint, authority, workspace, …); another kind named by {@code %connect} gets that
 * kind's defaults.
 */
public final class ConnectionBackends implements BackendFactory {
  /** Code of the error a cell gets when its connection cannot be opened. */
  public static final String CONNECTION_FAILED = "HB0201";

  private final ConnectionSpec chosen;
  private final BackendContext context;

  public ConnectionBackends(ConnectionSpec chosen, BackendContext context) {
    this.chosen = Objects.requireNonNull(chosen);
    this.context = Objects.requireNonNull(context);
  }

  /** The local engine first, production settings; sign-in prompts go to standard error. */
  public static ConnectionBackends fromEnvironment() {
    return new ConnectionBackends(
        ConnectionSpec.of(ConnectionSpec.Kind.LOCAL), BackendContext.fromEnvironment(System.err));
  }

  /** The connection the session starts on. */
  public ConnectionSpec chosen() {
    return chosen;
  }

  @Override
  public Backend open(String connection) throws QueryException {
    String name = connection.strip().toLowerCase(Locale.ROOT);
    ConnectionSpec.Kind kind = null;
    for (ConnectionSpec.Kind candidate : ConnectionSpec.Kind.values()) {
      if (candidate.shortName().equals(name)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw new QueryException(
          CONNECTION_FAILED,
          "unknown connection '" + connection + "': use local, graph, m365d or mde");
    }
    ConnectionSpec spec = kind == chosen.kind() ? chosen : ConnectionSpec.of(kind);
    try {
      return Backends.open(spec, context);
    } catch (ConnectionException e) {
      throw new QueryException(CONNECTION_FAILED, e.getMessage(), e);
    }
  }
}
