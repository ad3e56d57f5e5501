package io.huntbook.tenant.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import run. */
final class ImportReport {
  private final int maxListed;
  private final List<ImportProblem> problems = new ArrayList<>();
  private long problemCount;
  private long skipped;

  ImportReport(int maxListed) {
    this.maxListed = maxListed;
  }

  /** A record that was not imported. */
  void skip(Path file, long line, String message) {
    skipped++;
    problem(file, line, message);
  }

  /** A problem that does not by itself drop a record (the file is unreadable, for instance). */
  void problem(Path file, long line, String message) {
    problemCount++;
    if (problems.size() < maxListed) {
      problems.add(new ImportProblem(file, line, message));
    }
  }

  List<ImportProblem> problems() {
    return problems;
  }

  long problemCount() {
    return problemCount;
  }

  long skipped() {
    return skipped;
  }
}
