package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Every generated row of a small tenant, in the order written, as a digest per table kept in a
 * golden file: work on how the tenant is written (appender, batching, transactions) must leave it
 * unchanged, and a deliberate change to the generator shows up here as a diff. The digest reads the
 * rows as DuckDB prints them, so a DuckDB upgrade that prints values differently needs a rewrite
 * too: {@code -Dhuntbook.rewriteGolden=true}.
 */
class RowsGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "demo-rows", "small.tsv");

  @Test
  void aSmallTenantHasTheGoldenRows() throws Exception {
    StringBuilder actual = new StringBuilder("table\trows\tmd5 of the rows in order\n");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      DemoTenant.generate(connection, DemoTenantOptions.defaults().withScale(0.05));
      try (Statement statement = connection.createStatement()) {
        for (TableSchema table : Catalog.defender().tables()) {
          try (ResultSet digest =
              statement.executeQuery(
                  "SELECT count(*), md5(coalesce(string_agg(t::VARCHAR, chr(10) ORDER BY rowid),"
                      + " '')) FROM \""
                      + table.name()
                      + "\" t")) {
            digest.next();
            actual
                .append(table.name())
                .append('\t')
                .append(digest.getLong(1))
                .append('\t')
                .append(digest.getString(2))
                .append('\n');
          }
        }
      }
    }
    Path written = Path.of("target", "demo-rows", "small.tsv");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("huntbook.rewriteGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString())
        .as("generated rows differ from %s; see %s", GOLDEN, written)
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
