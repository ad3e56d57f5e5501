package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTenantSchemaTest {

  @Test
  void everyTableHasExactlyTheSchemaColumnsInOrderWithTheirStorageTypes() throws Exception {
    TestTenant.connection();
    for (TableSchema table : Catalog.defender().tables()) {
      List<String> expected = new ArrayList<>();
      for (ColumnSchema c : table.columns()) {
        expected.add(c.name() + " " + StorageTypes.sqlType(c.type()));
      }
      List<String> actual =
          TestTenant.column(
              "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                  + " WHERE table_name = '"
                  + table.name()
                  + "' ORDER BY ordinal_position");
      assertThat(actual).as(table.name()).isEqualTo(expected);
    }
  }

  @Test
  void everyTableHasRows() throws Exception {
    for (TableSchema table : Catalog.defender().tables()) {
      assertThat(TestTenant.count("SELECT count(*) FROM \"" + table.name() + "\""))
          .as(table.name())
          .isPositive();
    }
    assertThat(TestTenant.summary().rowsPerTable()).hasSize(Catalog.defender().tables().size());
  }

  @Test
  void stringsAreNeverNullAndTimestampsLieInTheWindow() throws Exception {
    for (TableSchema table : Catalog.defender().tables()) {
      for (ColumnSchema c : table.columns()) {
        if (c.type() == io.huntbook.kql.types.KqlType.STRING) {
          assertThat(
                  TestTenant.count(
                      "SELECT count(*) FROM \""
                          + table.name()
                          + "\" WHERE \""
                          + c.name()
                          + "\" IS NULL"))
              .as(table.name() + "." + c.name())
              .isZero();
        }
      }
      if (table.column("Timestamp").isPresent()) {
        assertThat(
                TestTenant.count(
                    "SELECT count(*) FROM \""
                        + table.name()
                        + "\" WHERE \"Timestamp\" IS NULL OR \"Timestamp\" >= TIMESTAMP '2026-11-20 12:00:00'"
                        + " OR \"Timestamp\" < TIMESTAMP '2026-11-06 12:00:00'"))
            .as(table.name())
            .isZero();
      }
    }
  }

  @Test
  void captureTimeIsRecorded() throws Exception {
    assertThat(TestTenant.column("SELECT value FROM _huntbook_meta WHERE key = 'capture_time'"))
        .containsExactly("2026-11-20T12:00:00Z");
  }

  @Test
  void additionalFieldsOfLdapSearchesAreJsonText() throws Exception {
    assertThat(
            TestTenant.count(
                "SELECT count(*) FROM DeviceEvents WHERE ActionType = 'LdapSearch'"
                    + " AND json_extract_string(AdditionalFields, '$.SearchFilter') IS NULL"))
        .isZero();
    assertThat(
            TestTenant.column(
                "SELECT DISTINCT json_extract_string(AdditionalFields, '$.ScopeOfSearch')"
                    + " FROM DeviceEvents WHERE ActionType = 'LdapSearch' ORDER BY 1"))
        .containsExactly("Base", "SubTree");
  }
}
