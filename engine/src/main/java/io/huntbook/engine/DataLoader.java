package io.huntbook.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills the engine's tables once they exist and before the connection is locked down (the demo
 * tenant writes its generated events through one).
 */
@FunctionalInterface
public interface DataLoader {
  void load(Connection connection) throws SQLException;

  /** A loader that loads nothing. */
  static DataLoader none() {
    return connection -> {};
  }
}
