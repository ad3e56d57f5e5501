package io.huntbook.tenant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import io.huntbook.tenant.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo tenant exported as streaming-API records (by DuckDB's own JSON writer, gzip for one
 * table) and imported again gives back exactly the same rows, typed the same way.
 */
class RoundTripTest {
  private static final List<String> TABLES =
      List.of(
          "DeviceEvents",
          "DeviceProcessEvents",
          "IdentityQueryEvents",
          "IdentityInfo",
          "AlertEvidence");

  @TempDir Path temp;

  @Test
  void exportedDemoRowsImportUnchanged() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Connection demo = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = demo.createStatement()) {
      DemoTenant.generate(demo, DemoTenantOptions.defaults().withScale(0.02));
      for (String table : TABLES) {
        boolean gzip = table.equals("IdentityQueryEvents");
        Path file = temp.resolve(table + (gzip ? ".json.gz" : ".json"));
        s.execute(
            "COPY (SELECT strftime(Timestamp, '%Y-%m-%dT%H:%M:%S.%fZ') AS time, 'tenant' AS tenantId,"
                + " 'AdvancedHunting-"
                + table
                + "' AS category, t AS properties FROM \""
                + table
                + "\" t)"
                + " TO '"
                + file
                + "' (FORMAT JSON"
                + (gzip ? ", COMPRESSION GZIP" : "")
                + ")");
        files.add(file);
      }
      ImportSummary summary =
          Importer.importFiles(temp.resolve("ws"), files, ImportOptions.defaults());
      assertThat(summary.problems()).isEmpty();
      assertThat(summary.isComplete()).isTrue();
      s.execute(
          "ATTACH '" + Workspace.databaseFile(temp.resolve("ws")) + "' AS imported (READ_ONLY)");
      for (String table : TABLES) {
        assertThat(summary.rowsPerTable().get(table))
            .as(table)
            .isEqualTo(count(s, "SELECT count(*) FROM \"" + table + "\""))
            .isPositive();
        assertThat(
                count(
                    s,
                    "SELECT count(*) FROM (SELECT * FROM \""
                        + table
                        + "\" EXCEPT ALL SELECT * FROM imported.\""
                        + table
                        + "\")"))
            .as(table + " rows that did not come back")
            .isZero();
      }
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
