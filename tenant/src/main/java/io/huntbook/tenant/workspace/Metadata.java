package io.huntbook.tenant.workspace;

import io.huntbook.engine.storage.StorageTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads and writes the {@code _huntbook_meta(key, value)} table of a database. */
public final class Metadata {
  private Metadata() {}

  public static void createTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + StorageTypes.quoteIdentifier(StorageTypes.META_TABLE)
              + " (\"key\" VARCHAR, \"value\" VARCHAR)");
    }
  }

  /** Sets a key, replacing its value if it has one. */
  public static void set(Connection connection, String key, String value) throws SQLException {
    createTable(connection);
    String table = StorageTypes.quoteIdentifier(StorageTypes.META_TABLE);
    try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE \"key\" = ?");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
      delete.setString(1, key);
      delete.executeUpdate();
      insert.setString(1, key);
      insert.setString(2, value);
      insert.executeUpdate();
    }
  }

  public static Optional<String> get(Connection connection, String key) throws SQLException {
    createTable(connection);
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT \"value\" FROM "
                + StorageTypes.quoteIdentifier(StorageTypes.META_TABLE)
                + " WHERE \"key\" = ?")) {
      select.setString(1, key);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    }
  }

  public static void setCaptureTime(Connection connection, Instant captureTime)
      throws SQLException {
    set(connection, StorageTypes.CAPTURE_TIME_KEY, captureTime.toString());
  }

  /** The recorded capture time; empty if none is recorded or it is not an ISO instant. */
  public static Optional<Instant> captureTime(Connection connection) throws SQLException {
    Optional<String> text = get(connection, StorageTypes.CAPTURE_TIME_KEY);
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
