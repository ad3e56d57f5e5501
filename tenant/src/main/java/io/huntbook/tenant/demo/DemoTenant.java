package io.huntbook.tenant.demo;

import io.huntbook.engine.LocalEngine;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.workspace.Metadata;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The demo tenant's entry points: fill a DuckDB connection with the simulated tenant, or learn its
 * ground truth without generating the background.
 *
 * <p>Typical use: {@code DemoTenant.engine(options)}, or {@code LocalEngine.inMemory(catalog,
 * DemoTenant.loader(options))}; in a benchmark: {@code DemoTenant.generate(connection,
 * DemoTenantOptions.defaults() .withRowCount(10_000_000))}.
 */
public final class DemoTenant {
  private DemoTenant() {}

  /** A loader that fills a connection with the tenant when the engine asks it to. */
  public static DemoTenantLoader loader(DemoTenantOptions options) {
    return new DemoTenantLoader(options);
  }

  /**
   * An in-memory local engine holding the demo tenant; {@code now()} in its queries means the
   * capture time. The rows come from a cached copy when there is one ({@code $HUNTBOOK_CACHE} or
   * {@code ~/.cache/huntbook}), generated on first use, so later processes start fast.
   */
  public static LocalEngine engine(DemoTenantOptions options) throws SQLException {
    return LocalEngine.inMemory(Catalog.defender(), DemoTenantCache.loader(options));
  }

  /**
   * Creates every Defender table that does not exist yet, appends the tenant's rows, and records
   * the capture time in {@code _huntbook_meta}. The tables are created as the {@link
   * Catalog#defender()} schema says, through {@link io.huntbook.engine.storage.StorageTypes}. In
   * auto-commit mode it all happens in one transaction, rolled back on failure; otherwise in the
   * caller's transaction.
   */
  public static GenerationSummary generate(Connection connection, DemoTenantOptions options)
      throws SQLException {
    Objects.requireNonNull(connection);
    Objects.requireNonNull(options);
    // One transaction for the whole tenant: the appender flushes every 2,048 rows, and in
    // auto-commit mode each flush would commit on its own, several times the cost of the rows.
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      return write(connection, options);
    }
    connection.setAutoCommit(false);
    try {
      GenerationSummary summary = write(connection, options);
      connection.commit();
      return summary;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static GenerationSummary write(Connection connection, DemoTenantOptions options)
      throws SQLException {
    Directory directory = Directory.build(options.seed());
    GroundTruth truth;
    Map<String, Long> counts;
    try (Sink sink = new Sink(connection, Catalog.defender(), options.seed())) {
      Generation g = new Generation(options, directory, sink);
      ProcessBackground.write(g);
      NetworkBackground.write(g);
      LdapBackground.write(g);
      DeviceEventsBackground.writeEvents(g);
      DeviceEventsBackground.writeLogons(g);
      FileRegistryBackground.writeFiles(g);
      FileRegistryBackground.writeRegistry(g);
      InventoryBackground.writeDevices(g);
      InventoryBackground.writeCertificates(g);
      InventoryBackground.writeSoftware(g);
      IdentityBackground.writeLogons(g);
      IdentityBackground.writeDirectory(g);
      IdentityBackground.writeQueries(g);
      IdentityBackground.writeAccounts(g);
      MailCloudBackground.writeMail(g);
      MailCloudBackground.writeCloud(g);
      AlertBackground.write(g);
      truth = new AttackStory(g).write();
      counts = new LinkedHashMap<>(sink.rowCounts());
    }
    Metadata.setCaptureTime(connection, options.captureTime());
    return new GenerationSummary(counts, options.captureTime(), truth);
  }

  /**
   * The attack's ground truth for these options. It depends on the seed and the capture time only,
   * not on the scale; computed by writing the attack alone into a scratch in-memory database.
   */
  public static GroundTruth groundTruth(DemoTenantOptions options) {
    try (Connection scratch = DriverManager.getConnection("jdbc:duckdb:")) {
      Directory directory = Directory.build(options.seed());
      try (Sink sink = new Sink(scratch, Catalog.defender(), options.seed())) {
        return new AttackStory(new Generation(options, directory, sink)).write();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("in-memory DuckDB failed while computing ground truth", e);
    }
  }
}
