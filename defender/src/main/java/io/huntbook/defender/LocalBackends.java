package io.huntbook.defender;

import io.huntbook.engine.Backend;
import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import io.huntbook.tenant.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Opens {@code --connection local}: the embedded engine over a workspace given with {@code
 * --workspace}, or over the generated demo tenant when none is given.
 */
public final class LocalBackends {
  private LocalBackends() {}

  /** The local engine for a spec. */
  public static Backend open(ConnectionSpec spec) throws ConnectionException {
    if (spec.workspace().isPresent()) {
      Path directory = spec.workspace().get();
      if (!Workspace.exists(directory)) {
        throw new ConnectionException(
            "no workspace at "
                + directory
                + "; create one with: huntbook import --workspace "
                + directory
                + " FILE…, or leave out --workspace to hunt in the demo tenant");
      }
      try {
        return Workspace.engine(directory);
      } catch (IOException | SQLException e) {
        throw new ConnectionException(
            "cannot open the workspace at "
                + directory
                + " (is it open in another Huntbook process?): "
                + e.getMessage(),
            e);
      }
    }
    return demoTenant();
  }

  /** The local engine over the demo tenant with its default options. */
  public static Backend demoTenant() throws ConnectionException {
    try {
      return DemoTenant.engine(DemoTenantOptions.defaults());
    } catch (SQLException e) {
      throw new ConnectionException("cannot build the demo tenant: " + e.getMessage(), e);
    }
  }
}
