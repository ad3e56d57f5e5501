package io.huntbook.engine;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.engine.sql.LoweredQuery;
import io.huntbook.engine.sql.QueryCompiler;
import io.huntbook.engine.sql.RuntimeMacros;
import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;

/**
 * The embedded engine: runs KQL on DuckDB with KQL's semantics. It opens an in-memory database or a
 * workspace file, creates the catalog's missing tables, lets a {@link DataLoader} fill them,
 * installs the KQL runtime macros and then locks the database down, so a query from a shared
 * notebook can read the tables and nothing else: no files, no network, no extensions, no
 * configuration changes. Each query runs on its own duplicate of the locked connection.
 */
public final class LocalEngine implements Backend {
  private static final String MEMORY_LIMIT = "2GB";
  private static final int THREADS = 2;

  private final DuckDBConnection connection;
  private final Catalog catalog;
  private final Optional<Instant> captureTime;
  private final Clock clock;
  private final ExecutorService runner;

  private LocalEngine(
      DuckDBConnection connection, Catalog catalog, Optional<Instant> captureTime, Clock clock) {
    this.connection = connection;
    this.catalog = catalog;
    this.captureTime = captureTime;
    this.clock = clock;
    this.runner =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "huntbook-local-query");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** An in-memory engine over the catalog's tables, filled by the loader. */
  public static LocalEngine inMemory(Catalog catalog, DataLoader loader) throws SQLException {
    return open("jdbc:duckdb:", catalog, loader, Clock.systemUTC());
  }

  /** An engine over a workspace DuckDB file (created when missing). */
  public static LocalEngine open(Path workspace, Catalog catalog, DataLoader loader)
      throws SQLException {
    return open("jdbc:duckdb:" + workspace.toAbsolutePath(), catalog, loader, Clock.systemUTC());
  }

  static LocalEngine open(String url, Catalog catalog, DataLoader loader, Clock clock)
      throws SQLException {
    DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
    try {
      for (TableSchema table : catalog.tables()) {
        StorageTypes.createTable(connection, table);
      }
      loader.load(connection);
      Optional<Instant> captureTime = readCaptureTime(connection);
      try (Statement statement = connection.createStatement()) {
        for (String macro : RuntimeMacros.statements()) {
          statement.execute(macro);
        }
        lockDown(statement);
      }
      return new LocalEngine(connection, catalog, captureTime, clock);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static void lockDown(Statement statement) throws SQLException {
    statement.execute("SET TimeZone = 'UTC'");
    statement.execute("SET enable_external_access = false");
    statement.execute("SET autoinstall_known_extensions = false");
    statement.execute("SET autoload_known_extensions = false");
    statement.execute("SET allow_community_extensions = false");
    statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
    statement.execute("SET threads = " + THREADS);
    statement.execute("SET lock_configuration = true");
  }

  private static Optional<Instant> readCaptureTime(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + StorageTypes.META_TABLE
                    + "'")) {
      exists.next();
      if (exists.getLong(1) == 0) {
        return Optional.empty();
      }
    }
    try (var query =
        connection.prepareStatement(
            "SELECT value FROM "
                + StorageTypes.quoteIdentifier(StorageTypes.META_TABLE)
                + " WHERE key = ?")) {
      query.setString(1, StorageTypes.CAPTURE_TIME_KEY);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getString(1) != null
            ? Optional.of(Instant.parse(rows.getString(1).trim()))
            : Optional.empty();
      }
    }
  }

  @Override
  public String name() {
    return "local";
  }

  /** The instant {@code now()} means when a request does not say. */
  public Instant defaultNow() {
    return captureTime.orElseGet(clock::instant);
  }

  /** The SQL a query lowers to, for explain and tests. */
  public String explain(QueryRequest request) throws QueryException {
    return QueryCompiler.compile(request, catalog, request.now().orElseGet(this::defaultNow)).sql();
  }

  @Override
  public ResultTable execute(QueryRequest request) throws QueryException, InterruptedException {
    LoweredQuery lowered =
        QueryCompiler.compile(request, catalog, request.now().orElseGet(this::defaultNow));
    try (Connection session = connection.duplicate();
        Statement statement = session.createStatement()) {
      Future<List<List<Object>>> rows = runner.submit(() -> run(statement, lowered));
      try {
        return new ResultTable(lowered.columns(), rows.get(), false, lowered.chart(), Map.of());
      } catch (InterruptedException e) {
        statement.cancel();
        rows.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
          throw new QueryException(
              "KQL9001", "the query failed while running: " + firstLine(sql), sql);
        }
        throw new QueryException("KQL9002", "the query failed while running: " + cause, cause);
      }
    } catch (SQLException e) {
      throw new QueryException("KQL9000", "the local engine is not available: " + firstLine(e), e);
    }
  }

  private static List<List<Object>> run(Statement statement, LoweredQuery lowered)
      throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    List<Column> columns = lowered.columns();
    try (ResultSet result = statement.executeQuery(lowered.sql())) {
      while (result.next()) {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
          row.add(ValueReader.read(result, i + 1, columns.get(i).type()));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int real = message.indexOf("\nError: ");
    if (message.startsWith("Invalid Input Error: Attempting to execute") && real >= 0) {
      message = message.substring(real + "\nError: ".length());
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A new session on the locked-down database (tests probe the lockdown through it). */
  Connection session() throws SQLException {
    return connection.duplicate();
  }

  @Override
  public void close() {
    runner.shutdownNow();
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing an embedded database only fails when it is already gone.
    }
  }
}
