package io.huntbook.tenant.importer;

import io.huntbook.tenant.workspace.Metadata;
import io.huntbook.tenant.workspace.Workspace;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads Defender exports into a workspace. Each file's format is recognised from its content (gzip
 * too), its rows are appended to the workspace's tables, and the capture time becomes the newest
 * Timestamp in the workspace's imports. Bad records are skipped and reported; unreadable files are
 * reported and the others still imported.
 */
public final class Importer {
  private Importer() {}

  /**
   * Imports {@code files} (or every file under a directory among them) into the workspace in {@code
   * workspaceDirectory}, creating it if needed.
   *
   * @throws IOException if the workspace directory cannot be created
   * @throws SQLException if the workspace database fails (it is locked by another process, say)
   */
  public static ImportSummary importFiles(
      Path workspaceDirectory, List<Path> files, ImportOptions options)
      throws IOException, SQLException {
    Objects.requireNonNull(files);
    Objects.requireNonNull(options);
    try (Workspace workspace = Workspace.open(workspaceDirectory)) {
      ImportReport report = new ImportReport(options.maxProblemsListed());
      ImportTables tables = new ImportTables(workspace.connection());
      try {
        for (Path path : files) {
          for (Path file : expand(path, report)) {
            importFile(file, tables, report, options);
          }
        }
      } finally {
        tables.close();
      }
      Instant newest = tables.newest();
      Optional<Instant> recorded = workspace.captureTime();
      if (newest != null && (recorded.isEmpty() || newest.isAfter(recorded.get()))) {
        Metadata.setCaptureTime(workspace.connection(), newest);
      }
      return new ImportSummary(
          tables.rows(),
          report.skipped(),
          report.problems(),
          report.problemCount(),
          workspace.captureTime());
    }
  }

  /**
   * The files to read for a path: the path itself, or for a directory (the streaming API writes
   * {@code …/y=2026/m=11/d=20/h=10/m=00/PT1H.json} trees to storage) every regular file under it,
   * in name order, skipping hidden ones.
   */
  private static List<Path> expand(Path path, ImportReport report) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      report.skip(path, 0, "cannot list the directory: " + e.getMessage());
      return List.of();
    }
  }

  private static void importFile(
      Path file, ImportTables tables, ImportReport report, ImportOptions options)
      throws SQLException {
    try (BufferedInputStream in = InputFiles.open(file)) {
      switch (InputFormat.detect(in)) {
        case JSON_LINES -> JsonLinesReader.read(file, in, tables, report);
        case JSON_DOCUMENT ->
            JsonDocumentReader.read(file, in, tables, report, TableNames.of(file, options.table()));
        case CSV -> {
          Optional<String> table = TableNames.of(file, options.table());
          if (table.isEmpty()) {
            report.skip(file, 0, TableNames.UNKNOWN_TABLE);
          } else {
            CsvReader.read(file, in, tables, report, table.get());
          }
        }
      }
    } catch (NoSuchFileException e) {
      report.skip(file, 0, "no such file");
    } catch (IOException e) {
      report.skip(file, 0, "cannot read: " + e.getMessage());
    }
  }
}
