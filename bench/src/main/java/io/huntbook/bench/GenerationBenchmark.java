package io.huntbook.bench;

import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import io.huntbook.tenant.demo.GenerationSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Demo-tenant generation throughput (issue 3). The tenant is generated into a fresh in-memory
 * DuckDB database, as {@code DemoTenant.engine} does for the demo, and timed end to end; the
 * baseline, in the same process and in a fresh in-memory database of its own, is DuckDB filling a
 * table of similar width from {@code range(N)} with the same row count, which is the fastest DuckDB
 * can write such rows. The ratio says how much the generator's Java side (random choices, strings,
 * appenders) costs on top of DuckDB's own writing.
 *
 * <p>Options: {@code --rows N} (default 2,000,000; the scale is derived from it).
 */
final class GenerationBenchmark {
  static final long DEFAULT_ROWS = 2_000_000;

  /*
   * Twenty populated columns shaped like a process event: a timestamp, device and account names,
   * paths, a command line, a hash and numbers. Generated rows carry more columns but most of them
   * are null, so this is close to their stored width.
   */
  private static final String BASELINE_SQL =
      """
      CREATE TABLE Baseline AS SELECT
        TIMESTAMP '2026-11-06 12:00:00' + to_seconds(i // 8) AS Timestamp,
        md5('device' || (i % 150)) AS DeviceId,
        'ws-' || (i % 150) || '.contoso.local' AS DeviceName,
        'ProcessCreated' AS ActionType,
        'tool' || (i % 977) || '.exe' AS FileName,
        'C:\\Program Files\\Vendor' || (i % 31) || '\\tool' || (i % 977) || '.exe' AS FolderPath,
        md5(i::VARCHAR) AS MD5,
        (i * 7919) % 5000000 AS FileSize,
        'contoso' AS AccountDomain,
        'user' || (i % 500) AS AccountName,
        'S-1-5-21-1004336348-1177238915-682003330-' || (1000 + i % 500) AS AccountSid,
        4 * i AS ProcessId,
        'tool' || (i % 977) || '.exe --mode ' || (i % 13) || ' --id ' || i AS ProcessCommandLine,
        TIMESTAMP '2026-11-06 11:59:00' + to_seconds(i // 8) AS ProcessCreationTime,
        'TokenElevationTypeDefault' AS ProcessTokenElevation,
        (i * 31) % 999983 AS LogonId,
        'explorer.exe' AS InitiatingProcessFileName,
        'C:\\Windows\\explorer.exe' AS InitiatingProcessFolderPath,
        4 * i - 4 AS InitiatingProcessId,
        i AS ReportId
      FROM range(?) t(i)
      """;

  private GenerationBenchmark() {}

  static void run(BenchArguments arguments) throws SQLException {
    long requested = arguments.number("rows", DEFAULT_ROWS);
    DemoTenantOptions options = DemoTenantOptions.defaults().withRowCount(requested);

    GenerationSummary summary;
    Stopwatch.Lap generation;
    try (Connection connection = inMemory()) {
      Stopwatch stopwatch = Stopwatch.start();
      summary = DemoTenant.generate(connection, options);
      generation = stopwatch.lap();
    }
    long rows = summary.totalRows();

    Stopwatch.Lap baseline;
    try (Connection connection = inMemory()) {
      Stopwatch stopwatch = Stopwatch.start();
      try (var statement = connection.prepareStatement(BASELINE_SQL)) {
        statement.setLong(1, rows);
        statement.execute();
      }
      baseline = stopwatch.lap();
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT count(*) FROM Baseline")) {
        count.next();
        if (count.getLong(1) != rows) {
          throw new IllegalStateException("baseline wrote " + count.getLong(1) + " rows");
        }
      }
    }

    new Summary("generation: demo tenant into DuckDB")
        .line(
            "rows",
            "%,d in %d tables (scale %.2f)",
            rows,
            summary.rowsPerTable().size(),
            options.scale())
        .line("demo tenant", "%s", Throughput.describe(rows, generation))
        .line("baseline", "%s", Throughput.describe(rows, baseline))
        .line("", "(DuckDB CREATE TABLE AS SELECT … FROM range(N), 20 populated columns)")
        .line("ratio", "%s", Throughput.ratio(generation, baseline))
        .print();
  }

  private static Connection inMemory() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }
}
