package io.huntbook.tenant.demo;

import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import io.huntbook.tenant.table.TableWriter;
import io.huntbook.tenant.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writers of every schema table of one generation run, and the report-id sequences. Report ids
 * come from separate streams for background and attack rows, so the attack's ids (and thus the
 * ground truth) are the same whatever the amount of background.
 */
final class Sink implements AutoCloseable {
  /** Report-id stream of the benign background. */
  static final int BACKGROUND = 0;

  /** Report-id stream of the attack storyline. */
  static final int ATTACK = 1;

  private final long seed;
  private final Map<String, TableWriter> writers = new LinkedHashMap<>();

  /** Per writer, what {@link #reportId} needs; looked up by identity, once per row. */
  private final Map<TableWriter, ReportIds> reportIds = new IdentityHashMap<>();

  /** A table's report-id state: its number among the tables, id type and running sequences. */
  private static final class ReportIds {
    final int tableNumber;
    final boolean numeric;
    final long[] sequences = new long[2];

    ReportIds(int tableNumber, boolean numeric) {
      this.tableNumber = tableNumber;
      this.numeric = numeric;
    }
  }

  Sink(Connection connection, Catalog catalog, long seed) throws SQLException {
    this.seed = seed;
    try {
      for (TableSchema table : catalog.tables()) {
        StorageTypes.createTable(connection, table);
      }
      // A table may already exist with more columns (a workspace that imports added to).
      Catalog stored = Workspace.catalog(connection);
      for (TableSchema table : catalog.tables()) {
        TableWriter writer = TableWriter.open(connection, stored.table(table.name()).orElseThrow());
        boolean numeric =
            writer
                .table()
                .column("ReportId")
                .map(column -> column.type() == KqlType.LONG)
                .orElse(false);
        reportIds.put(writer, new ReportIds(writers.size(), numeric));
        writers.put(table.name(), writer);
      }
    } catch (SQLException | RuntimeException e) {
      close();
      throw e;
    }
  }

  TableWriter table(String name) {
    TableWriter writer = writers.get(name);
    if (writer == null) {
      throw new IllegalArgumentException("no table " + name);
    }
    return writer;
  }

  /**
   * Sets the current row's ReportId from a stream and returns it as text, typed as the table wants
   * it (long in Device* tables, string elsewhere).
   */
  String reportId(TableWriter row, int stream) {
    ReportIds ids = reportIds.get(row);
    long sequence = ids.sequences[stream]++;
    if (ids.numeric) {
      long id = Ids.reportId(seed, stream * 64 + ids.tableNumber, sequence);
      row.set("ReportId", id);
      return Long.toString(id);
    }
    String id = Ids.reportIdText(seed, stream * 64 + ids.tableNumber, sequence);
    row.set("ReportId", id);
    return id;
  }

  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    writers.forEach((name, writer) -> counts.put(name, writer.rows()));
    return counts;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (TableWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
