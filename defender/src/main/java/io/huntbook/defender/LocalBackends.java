package io.huntbook.defender;

import io.huntbook.engine.Backend;
import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import io.huntbook.tenant.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Opens {@code --connection local}: the embedded engine over the demo tenant or a workspace. */
final class LocalBackends {
  private LocalBackends() {}

  static Backend open(ConnectionSpec spec) throws ConnectionException {
    try {
      if (spec.workspace().isPresent()) {
        Path directory = spec.workspace().get();
        if (!Workspace.exists(directory)) {
          throw new ConnectionException(
              "no workspace at "
                  + directory
                  + "; create one with: huntbook import --workspace "
                  + directory
                  + " FILE…");
        }
        return Workspace.engine(directory);
      }
      return DemoTenant.engine(DemoTenantOptions.defaults());
    } catch (SQLException | IOException e) {
      throw new ConnectionException("cannot open the local engine: " + e.getMessage());
    }
  }
}
