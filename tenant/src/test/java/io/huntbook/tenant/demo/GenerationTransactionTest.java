package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Generation runs in one transaction of its own on an auto-commit connection, and inside the
 * caller's transaction otherwise.
 */
class GenerationTransactionTest {
  private static final DemoTenantOptions SMALL = DemoTenantOptions.defaults().withScale(0.01);

  @Test
  void anAutoCommitConnectionGetsCommittedRowsAndStaysInAutoCommit() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      GenerationSummary summary = DemoTenant.generate(connection, SMALL);
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(count(connection, "SELECT count(*) FROM DeviceProcessEvents"))
          .isEqualTo(summary.rowsPerTable().get("DeviceProcessEvents"))
          .isPositive();
    }
  }

  @Test
  void theCallersTransactionIsLeftToTheCaller() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      connection.setAutoCommit(false);
      DemoTenant.generate(connection, SMALL);
      assertThat(connection.getAutoCommit()).isFalse();
      connection.rollback();
      assertThat(
              count(
                  connection,
                  "SELECT count(*) FROM information_schema.tables"
                      + " WHERE table_name = 'DeviceProcessEvents'"))
          .isZero();
    }
  }

  private static long count(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
