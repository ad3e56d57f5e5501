package io.huntbook.notebook.hunt;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import java.sql.SQLException;

/**
 * The default backend of a hunt: the embedded engine over the generated demo tenant, for the {@code
 * local} connection. Other connections need the defender module's {@code Backends.open}, which the
 * CLI and the kernel supply.
 */
public final class DemoTenantBackends {
  private DemoTenantBackends() {}

  /** Opens a fresh in-memory demo tenant per {@code local} connection. */
  public static BackendFactory factory(DemoTenantOptions options) {
    return connection -> {
      if (!connection.equals("local")) {
        throw new QueryException(
            "HB0010",
            "connection '"
                + connection
                + "' is not available here; this run only has the demo tenant (local)");
      }
      return open(options);
    };
  }

  /** The demo tenant with default options in an in-memory engine. */
  public static Backend open(DemoTenantOptions options) throws QueryException {
    try {
      return DemoTenant.engine(options);
    } catch (SQLException e) {
      throw new QueryException("HB0011", "could not build the demo tenant: " + e.getMessage(), e);
    }
  }
}
