package io.huntbook.tenant.table;

import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one table through the DuckDB appender. A row is built by {@link #set} calls in
 * any order and written by {@link #endRow}; columns left unset are stored as '' (strings) or NULL
 * (everything else), as {@link StorageTypes} prescribes.
 *
 * <p>Accepted values per column type: string any object (its {@code toString}); long, int, real and
 * decimal a {@link Number}; bool a {@link Boolean}; datetime an {@link Instant}; timespan a {@link
 * Duration} or a number of 100 ns ticks; guid a {@link UUID}; dynamic JSON text. A value of the
 * wrong class is a bug in the caller and throws {@link IllegalArgumentException}.
 */
public final class TableWriter implements AutoCloseable {
  private final TableSchema table;
  private final KqlType[] types;
  private final Map<String, Integer> indexByName;
  private final Object[] values;
  private final DuckDBAppender appender;
  private long rows;

  private TableWriter(TableSchema table, DuckDBAppender appender) {
    this.table = table;
    this.appender = appender;
    this.types = table.columns().stream().map(ColumnSchema::type).toArray(KqlType[]::new);
    this.values = new Object[types.length];
    this.indexByName = new HashMap<>();
    for (int i = 0; i < types.length; i++) {
      // Interned, so that the literal names callers pass find their key by identity.
      indexByName.put(table.columns().get(i).name().intern(), i);
    }
  }

  /** Opens an appender on {@code table}, which must already exist with exactly these columns. */
  public static TableWriter open(Connection connection, TableSchema table) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    return new TableWriter(
        table, duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name()));
  }

  public TableSchema table() {
    return table;
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  public boolean hasColumn(String column) {
    return indexByName.containsKey(column);
  }

  /** Sets a column of the current row; the column must exist. */
  public TableWriter set(String column, Object value) {
    Integer index = indexByName.get(column);
    if (index == null) {
      throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
    }
    values[index] = value;
    return this;
  }

  /**
   * Sets a column if this table has it. Used by helpers that fill column groups shared by several
   * tables (the initiating-process columns, the device columns), which not every table carries.
   */
  public TableWriter offer(String column, Object value) {
    Integer index = indexByName.get(column);
    if (index != null) {
      values[index] = value;
    }
    return this;
  }

  /** Writes the current row and starts an empty one. */
  public void endRow() throws SQLException {
    appender.beginRow();
    for (int i = 0; i < values.length; i++) {
      append(i, values[i]);
    }
    appender.endRow();
    Arrays.fill(values, null);
    rows++;
  }

  /** Forgets the values set for the current row. */
  public void clearRow() {
    Arrays.fill(values, null);
  }

  private void append(int index, Object value) throws SQLException {
    KqlType type = types[index];
    if (value == null) {
      if (type == KqlType.STRING) {
        appender.append("");
      } else {
        appender.appendNull();
      }
      return;
    }
    switch (type) {
      case STRING -> appender.append(value.toString());
      case LONG -> appender.append(number(index, value).longValue());
      case INT -> appender.append(number(index, value).intValue());
      case REAL -> appender.append(number(index, value).doubleValue());
      case DECIMAL -> appender.append(new BigDecimal(number(index, value).toString()));
      case BOOL -> appender.append((boolean) expect(index, value, Boolean.class));
      case DATETIME -> appender.appendEpochMicros(epochMicros(expect(index, value, Instant.class)));
      case TIMESPAN ->
          appender.append(
              value instanceof Duration d ? d.toNanos() / 100 : number(index, value).longValue());
      case GUID -> appender.append(expect(index, value, UUID.class));
      case DYNAMIC -> appender.append(expect(index, value, String.class));
      case UNKNOWN -> throw new IllegalStateException("column of unknown type in " + table.name());
    }
  }

  private Number number(int index, Object value) {
    return expect(index, value, Number.class);
  }

  private <T> T expect(int index, Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          table.name()
              + "."
              + table.columns().get(index).name()
              + " takes "
              + type.getSimpleName()
              + ", not "
              + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  /** Microseconds since the epoch, truncating finer digits (DuckDB keeps microseconds). */
  public static long epochMicros(Instant instant) {
    Objects.requireNonNull(instant);
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  /** Flushes buffered rows into the table. */
  public void flush() throws SQLException {
    appender.flush();
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
