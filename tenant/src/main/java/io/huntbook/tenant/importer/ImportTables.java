package io.huntbook.tenant.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import io.huntbook.tenant.table.TableWriter;
import io.huntbook.tenant.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tables an import writes to, each with an open appender. A record is a list of named values;
 * names match columns exactly, or else ignoring case; a name matching no column adds one (typed
 * dynamic when its value is an object or array, string otherwise), and a table name the schema does
 * not know creates a table of such columns.
 */
final class ImportTables implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private final Connection connection;
  private final Map<String, Target> targets = new HashMap<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, TableSchema> stored;
  private Instant newest;

  ImportTables(Connection connection) throws SQLException {
    this.connection = connection;
    this.stored = new HashMap<>();
    for (TableSchema table : Workspace.catalog(connection).tables()) {
      stored.put(table.name(), table);
    }
  }

  /** One table being written. */
  private final class Target {
    TableSchema schema;
    TableWriter writer;
    Map<String, Integer> byName;
    Map<String, Integer> byLowerName;

    Target(TableSchema schema) throws SQLException {
      open(schema);
    }

    void open(TableSchema newSchema) throws SQLException {
      schema = newSchema;
      writer = TableWriter.open(connection, newSchema);
      byName = new HashMap<>();
      byLowerName = new HashMap<>();
      for (int i = 0; i < newSchema.columns().size(); i++) {
        byName.put(newSchema.columns().get(i).name(), i);
        byLowerName.putIfAbsent(newSchema.columns().get(i).name().toLowerCase(Locale.ROOT), i);
      }
    }

    ColumnSchema column(String name) {
      Integer exact = byName.get(name);
      Integer index = exact != null ? exact : byLowerName.get(name.toLowerCase(Locale.ROOT));
      return index == null ? null : schema.columns().get(index);
    }

    void addColumn(String name, KqlType type) throws SQLException {
      writer.close();
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "ALTER TABLE "
                + StorageTypes.quoteIdentifier(schema.name())
                + " ADD COLUMN "
                + StorageTypes.quoteIdentifier(name)
                + " "
                + StorageTypes.sqlType(type)
                + (type == KqlType.STRING ? " DEFAULT ''" : ""));
      }
      List<ColumnSchema> columns = new ArrayList<>(schema.columns());
      columns.add(new ColumnSchema(name, type));
      open(new TableSchema(schema.name(), columns));
      stored.put(schema.name(), schema);
    }
  }

  /** A named value of a record. */
  record Field(String name, JsonNode value) {}

  /**
   * Appends one record.
   *
   * @throws ConversionException if a value does not fit its column or a name is not usable; the
   *     record is then not written
   */
  void write(String table, List<Field> fields) throws ConversionException, SQLException {
    Target target = target(table, fields);
    for (Field f : fields) {
      if (target.column(f.name()) == null) {
        checkName(f.name());
        target.addColumn(f.name(), inferredType(f));
      }
    }
    Instant timestamp = null;
    try {
      for (Field f : fields) {
        ColumnSchema column = target.column(f.name());
        Object value;
        try {
          value = ValueConverter.convert(column.type(), f.value());
        } catch (ConversionException e) {
          throw new ConversionException(column.name() + ": " + e.getMessage());
        }
        target.writer.set(column.name(), value);
        if (column.name().equals("Timestamp") && value instanceof Instant instant) {
          timestamp = instant;
        }
      }
    } catch (ConversionException e) {
      target.writer.clearRow();
      throw e;
    }
    target.writer.endRow();
    rows.merge(target.schema.name(), 1L, Long::sum);
    if (timestamp != null && (newest == null || timestamp.isAfter(newest))) {
      newest = timestamp;
    }
  }

  private Target target(String table, List<Field> fields) throws ConversionException, SQLException {
    Target target = targets.get(table);
    if (target != null) {
      return target;
    }
    TableSchema schema = stored.get(table);
    if (schema == null) {
      checkName(table);
      schema = createTable(table, fields);
      stored.put(table, schema);
    }
    target = new Target(schema);
    targets.put(table, target);
    return target;
  }

  private TableSchema createTable(String table, List<Field> fields)
      throws ConversionException, SQLException {
    List<ColumnSchema> columns = new ArrayList<>();
    for (Field f : fields) {
      checkName(f.name());
      if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(f.name()))) {
        columns.add(new ColumnSchema(f.name(), inferredType(f)));
      }
    }
    if (columns.isEmpty()) {
      throw new ConversionException("a record of the new table " + table + " has no columns");
    }
    TableSchema schema = new TableSchema(table, columns);
    StorageTypes.createTable(connection, schema);
    return schema;
  }

  private static KqlType inferredType(Field f) {
    if (f.name().equals("Timestamp")) {
      return KqlType.DATETIME;
    }
    return f.value() != null && f.value().isContainerNode() ? KqlType.DYNAMIC : KqlType.STRING;
  }

  private static void checkName(String name) throws ConversionException {
    if (!NAME.matcher(name).matches()) {
      throw new ConversionException(
          "not a usable column or table name: " + Timestamps.shorten(name));
    }
  }

  Map<String, Long> rows() {
    return rows;
  }

  /** The newest Timestamp written, if any. */
  Instant newest() {
    return newest;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Target target : targets.values()) {
      try {
        target.writer.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    targets.clear();
    if (first != null) {
      throw first;
    }
  }
}
