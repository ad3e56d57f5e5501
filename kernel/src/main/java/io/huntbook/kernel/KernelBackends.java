package io.huntbook.kernel;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.engine.Backend;
import io.huntbook.engine.DataLoader;
import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryException;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.hunt.DemoTenantBackends;
import io.huntbook.tenant.demo.DemoTenantOptions;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Opens the backend a kernel session names with {@code %connect}: {@code local} is the embedded
 * engine over the demo tenant (generated in memory on first use), and {@code graph}, {@code m365d}
 * and {@code mde} are the hunting APIs, opened the way the CLI opens them, with credentials from
 * the environment the kernel was started in.
 */
public final class KernelBackends implements BackendFactory {
  /** Code of the error a cell gets when its connection cannot be opened. */
  public static final String CONNECTION_FAILED = "HB0201";

  private final BackendContext context;

  public KernelBackends(BackendContext context) {
    this.context = context.withLocalOpener(KernelBackends::openLocal);
  }

  /** Production settings; device-code sign-in prompts go to the kernel's stderr. */
  public static KernelBackends fromEnvironment() {
    return new KernelBackends(BackendContext.fromEnvironment(System.err));
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
    try {
      return Backends.open(ConnectionSpec.of(kind), context);
    } catch (ConnectionException e) {
      throw new QueryException(CONNECTION_FAILED, e.getMessage(), e);
    }
  }

  /**
   * The embedded engine over the spec's workspace, or else over the demo tenant with its default
   * seed and capture time.
   */
  static Backend openLocal(ConnectionSpec spec) throws ConnectionException {
    try {
      if (spec.workspace().isPresent()) {
        return LocalEngine.open(spec.workspace().get(), Catalog.defender(), DataLoader.none());
      }
      return DemoTenantBackends.open(DemoTenantOptions.defaults());
    } catch (SQLException | QueryException e) {
      throw new ConnectionException("the local engine could not start: " + e.getMessage(), e);
    }
  }
}
