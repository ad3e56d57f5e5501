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
 *
 * <p>A run nobody watches ({@link #unattended}: {@code huntbook run}, {@code huntbook hunt}) lets a
 * notebook's {@code %connect} switch to the local engine but to no API other than the one chosen: a
 * shared notebook is untrusted input, and a cell the user never reads must not spend their
 * credentials and their tenant's query budget on an API they did not name. In the kernel the user
 * runs the cells in front of them, and any connection opens.
 */
public final class ConnectionBackends implements BackendFactory {
  /** Code of the error a cell gets when its connection cannot be opened. */
  public static final String CONNECTION_FAILED = "HB0201";

  /** Code of the error a cell gets when an unattended run does not open the API it names. */
  public static final String CONNECTION_NOT_CHOSEN = "HB0202";

  private final ConnectionSpec chosen;
  private final BackendContext context;
  private final boolean anyApi;

  /** For a session the user watches (the kernel): {@code %connect} opens any connection. */
  public ConnectionBackends(ConnectionSpec chosen, BackendContext context) {
    this(chosen, context, true);
  }

  private ConnectionBackends(ConnectionSpec chosen, BackendContext context, boolean anyApi) {
    this.chosen = Objects.requireNonNull(chosen);
    this.context = Objects.requireNonNull(context);
    this.anyApi = anyApi;
  }

  /**
   * For a run nobody watches: {@code %connect} opens the chosen connection and the local engine,
   * and refuses every other API.
   */
  public static ConnectionBackends unattended(ConnectionSpec chosen, BackendContext context) {
    return new ConnectionBackends(chosen, context, false);
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
    if (!anyApi && kind != chosen.kind() && kind != ConnectionSpec.Kind.LOCAL) {
      throw new QueryException(
          CONNECTION_NOT_CHOSEN,
          "this cell's %connect "
              + kind.shortName()
              + " would send queries to an API the command line did not choose (it chose "
              + chosen.kind().shortName()
              + "); to run this notebook's cells there, pass --connection "
              + kind.shortName());
    }
    ConnectionSpec spec = kind == chosen.kind() ? chosen : ConnectionSpec.of(kind);
    try {
      return Backends.open(spec, context);
    } catch (ConnectionException e) {
      throw new QueryException(CONNECTION_FAILED, e.getMessage(), e);
    }
  }
}
