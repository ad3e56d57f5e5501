package io.huntbook.notebook.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@code .ipynb} files; a write is atomic, never half a notebook. */
public final class NotebookFiles {
  private NotebookFiles() {}

  public static Notebook read(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    try {
      return NotebookJson.parse(text);
    } catch (NotebookFormatException e) {
      throw new NotebookFormatException(path + ": " + e.getMessage());
    }
  }

  /** Writes a notebook through a temporary file in the same folder, then moves it into place. */
  public static void write(Path path, Notebook notebook) throws IOException {
    writeAtomically(path, NotebookJson.write(notebook));
  }

  /**
   * Writes text through a temporary sibling file and an atomic move, so a reader sees the old file
   * or the new one and never a partial write.
   */
  public static void writeAtomically(Path path, String text) throws IOException {
    Path absolute = path.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace " + absolute + " atomically on this file system", e);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
