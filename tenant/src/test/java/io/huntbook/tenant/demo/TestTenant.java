package io.huntbook.tenant.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One small demo tenant shared by the tests of this package (generated once per test JVM), and SQL
 * helpers to read it.
 */
final class TestTenant {
  static final DemoTenantOptions OPTIONS = DemoTenantOptions.defaults().withScale(0.1);

  private static Connection connection;
  private static GenerationSummary summary;

  private TestTenant() {}

  static synchronized Connection connection() throws SQLException {
    if (connection == null) {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      summary = DemoTenant.generate(connection, OPTIONS);
    }
    return connection;
  }

  static synchronized GenerationSummary summary() throws SQLException {
    connection();
    return summary;
  }

  /** The first column of every row of a query, as text. */
  static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static long count(String sql) throws SQLException {
    return Long.parseLong(column(sql).get(0));
  }
}
