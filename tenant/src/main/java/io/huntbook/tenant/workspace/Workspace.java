package io.huntbook.tenant.workspace;

import io.huntbook.engine.DataLoader;
import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A persistent workspace: a directory holding {@value #DATABASE_FILE}, a DuckDB database with every
 * Advanced Hunting table of {@link Catalog#defender()} (plus any table or column an import added)
 * and the {@code _huntbook_meta} table. Opening creates what is missing; closing releases the file.
 */
public final class Workspace implements AutoCloseable {
  /** The database file inside a workspace directory. */
  public static final String DATABASE_FILE = "workspace.duckdb";

  private final Path directory;
  private final Connection connection;

  private Workspace(Path directory, Connection connection) {
    this.directory = directory;
    this.connection = connection;
  }

  /** The database file of a workspace directory. */
  public static Path databaseFile(Path directory) {
    return directory.resolve(DATABASE_FILE);
  }

  /** Whether {@code directory} holds a workspace database. */
  public static boolean exists(Path directory) {
    return Files.isRegularFile(databaseFile(directory));
  }

  /** The JDBC URL of a workspace's database, for readers that open it themselves. */
  public static String jdbcUrl(Path directory) {
    return "jdbc:duckdb:" + databaseFile(directory).toAbsolutePath();
  }

  /**
   * Opens the workspace in {@code directory}, creating the directory, the database and the tables
   * as needed.
   *
   * @throws IOException if the directory cannot be created or is a file
   * @throws SQLException if DuckDB cannot open the file (another process may hold it)
   */
  public static Workspace open(Path directory) throws IOException, SQLException {
    Objects.requireNonNull(directory);
    Files.createDirectories(directory);
    Connection connection = DriverManager.getConnection(jdbcUrl(directory));
    try {
      for (TableSchema table : Catalog.defender().tables()) {
        StorageTypes.createTable(connection, table);
      }
      Metadata.createTable(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return new Workspace(directory, connection);
  }

  /**
   * A local engine over the workspace in {@code directory}, binding queries against the stored
   * tables (including columns and tables imports added); {@code now()} means the capture time. The
   * workspace must not be open elsewhere in this process.
   *
   * @throws SQLException if DuckDB cannot open the file
   */
  public static LocalEngine engine(Path directory) throws IOException, SQLException {
    Catalog catalog;
    try (Workspace workspace = open(directory)) {
      catalog = workspace.catalog();
    }
    return LocalEngine.open(databaseFile(directory), catalog, DataLoader.none());
  }

  public Path directory() {
    return directory;
  }

  /** The open connection; owned by this workspace. */
  public Connection connection() {
    return connection;
  }

  /** The recorded capture time: the newest Timestamp imported so far. */
  public Optional<Instant> captureTime() throws SQLException {
    return Metadata.captureTime(connection);
  }

  /**
   * The tables as they are stored: the Defender schema plus the columns and tables imports added
   * (typed string or dynamic). Queries over a workspace bind against this catalog.
   */
  public Catalog catalog() throws SQLException {
    return catalog(connection);
  }

  /** The catalog of the tables stored in a database (see {@link #catalog()}). */
  public static Catalog catalog(Connection connection) throws SQLException {
    Map<String, List<ColumnSchema>> stored = new LinkedHashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (table.equals(StorageTypes.META_TABLE)) {
          continue;
        }
        stored
            .computeIfAbsent(table, k -> new ArrayList<>())
            .add(new ColumnSchema(rows.getString(2), kqlType(rows.getString(3))));
      }
    }
    List<TableSchema> tables = new ArrayList<>();
    for (Map.Entry<String, List<ColumnSchema>> e : stored.entrySet()) {
      Optional<TableSchema> known = Catalog.defender().table(e.getKey());
      List<ColumnSchema> columns = new ArrayList<>();
      for (ColumnSchema c : e.getValue()) {
        // The schema's own type wins: BIGINT stores both long and timespan.
        columns.add(known.flatMap(t -> t.column(c.name())).orElse(c));
      }
      tables.add(new TableSchema(e.getKey(), columns));
    }
    return Catalog.defender().with(tables);
  }

  /** The KQL type of a DuckDB column type, the inverse of {@link StorageTypes#sqlType}. */
  static KqlType kqlType(String sqlType) {
    String t = sqlType.toUpperCase(Locale.ROOT);
    if (t.startsWith("DECIMAL")) {
      return KqlType.DECIMAL;
    }
    return switch (t) {
      case "BOOLEAN" -> KqlType.BOOL;
      case "INTEGER" -> KqlType.INT;
      case "BIGINT" -> KqlType.LONG;
      case "DOUBLE" -> KqlType.REAL;
      case "TIMESTAMP" -> KqlType.DATETIME;
      case "UUID" -> KqlType.GUID;
      case "JSON" -> KqlType.DYNAMIC;
      default -> KqlType.STRING;
    };
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
