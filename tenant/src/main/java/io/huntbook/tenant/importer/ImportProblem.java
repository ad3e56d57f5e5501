package io.huntbook.tenant.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something that could not be imported.
 *
 * @param file the input file
 * @param line the 1-based line where the record starts, or 0 when the problem concerns the file
 * @param message what was wrong, for people
 */
public record ImportProblem(Path file, long line, String message) {
  public ImportProblem {
    Objects.requireNonNull(file);
    Objects.requireNonNull(message);
  }

  /** {@code file:line: message}, the form compilers use. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
