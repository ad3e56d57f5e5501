package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  /** Per table, the row count and an order-independent hash of all rows. */
  private static Map<String, String> fingerprint(DemoTenantOptions options) throws Exception {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DemoTenant.generate(c, options);
      try (Statement s = c.createStatement()) {
        for (TableSchema table : Catalog.defender().tables()) {
          try (ResultSet r =
              s.executeQuery(
                  "SELECT count(*) || ':' || coalesce(sum(hash(t))::VARCHAR, '') FROM \""
                      + table.name()
                      + "\" t")) {
            r.next();
            fingerprint.put(table.name(), r.getString(1));
          }
        }
      }
    }
    return fingerprint;
  }

  @Test
  void theSameSeedGivesTheSameRows() throws Exception {
    DemoTenantOptions options = DemoTenantOptions.defaults().withScale(0.03);
    assertThat(fingerprint(options)).isEqualTo(fingerprint(options));
  }

  @Test
  void anotherSeedGivesOtherRows() throws Exception {
    DemoTenantOptions options = DemoTenantOptions.defaults().withScale(0.03);
    Map<String, String> first = fingerprint(options);
    Map<String, String> second = fingerprint(options.withSeed(7));
    assertThat(second.get("DeviceProcessEvents")).isNotEqualTo(first.get("DeviceProcessEvents"));
    assertThat(second.get("IdentityInfo")).isNotEqualTo(first.get("IdentityInfo"));
  }
}
