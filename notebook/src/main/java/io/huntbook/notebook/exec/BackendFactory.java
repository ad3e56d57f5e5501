package io.huntbook.notebook.exec;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;

/**
 * Opens the backend for a connection name ({@code local}, {@code graph}, {@code m365d}, {@code
 * mde}); the CLI and the kernel supply one built on the defender module's connection settings.
 */
@FunctionalInterface
public interface BackendFactory {
  Backend open(String connection) throws QueryException;
}
