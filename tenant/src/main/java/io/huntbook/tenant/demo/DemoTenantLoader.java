package io.huntbook.tenant.demo;

import io.huntbook.engine.DataLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills a connection with the demo tenant when called: the shape of the local engine's data-loader
 * callback. Remembers the summary of its last run.
 */
public final class DemoTenantLoader implements DataLoader {
  private final DemoTenantOptions options;
  private volatile GenerationSummary lastRun;

  DemoTenantLoader(DemoTenantOptions options) {
    this.options = Objects.requireNonNull(options);
  }

  public DemoTenantOptions options() {
    return options;
  }

  @Override
  public void load(Connection connection) throws SQLException {
    lastRun = DemoTenant.generate(connection, options);
  }

  /** What the last {@link #load} wrote, if it ran. */
  public Optional<GenerationSummary> lastRun() {
    return Optional.ofNullable(lastRun);
  }
}
