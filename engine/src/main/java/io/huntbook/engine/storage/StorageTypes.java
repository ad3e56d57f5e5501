package io.huntbook.engine.storage;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How KQL columns are stored in DuckDB. Every writer of tables (the demo tenant, import) and the
 * lowering agree on this one mapping: bool BOOLEAN, int INTEGER, long BIGINT, real DOUBLE, decimal
 * DECIMAL(38,10), string VARCHAR (never NULL: KQL strings have no null, so an absent string is
 * stored as ''), datetime TIMESTAMP (UTC, microseconds), timespan BIGINT (100 ns ticks), guid UUID,
 * dynamic JSON.
 */
public final class StorageTypes {
  /** Metadata table of a workspace or the demo tenant; queries cannot name it. */
  public static final String META_TABLE = "_huntbook_meta";

  /** Key in {@link #META_TABLE} whose value is the ISO instant {@code now()} means by default. */
  public static final String CAPTURE_TIME_KEY = "capture_time";

  private StorageTypes() {}

  public static String sqlType(KqlType type) {
    return switch (type) {
      case BOOL -> "BOOLEAN";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case REAL -> "DOUBLE";
      case DECIMAL -> "DECIMAL(38,10)";
      case STRING -> "VARCHAR";
      case DATETIME -> "TIMESTAMP";
      case TIMESPAN -> "BIGINT";
      case GUID -> "UUID";
      case DYNAMIC -> "JSON";
      case UNKNOWN -> throw new IllegalArgumentException("no storage for the unknown type");
    };
  }

  /** A double-quoted SQL identifier. */
  public static String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code CREATE TABLE IF NOT EXISTS} for a schema table. */
  public static String createTableSql(TableSchema table) {
    StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ");
    sql.append(quoteIdentifier(table.name())).append(" (");
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnSchema c = table.columns().get(i);
      if (i > 0) {
        sql.append(", ");
      }
      sql.append(quoteIdentifier(c.name())).append(' ').append(sqlType(c.type()));
    }
    return sql.append(')').toString();
  }

  public static void createTable(Connection connection, TableSchema table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(createTableSql(table));
    }
  }
}
