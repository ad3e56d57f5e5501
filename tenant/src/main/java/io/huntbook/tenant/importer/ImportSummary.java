package io.huntbook.tenant.importer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an import.
 *
 * @param rowsPerTable rows imported per table, by table name
 * @param linesSkipped records not imported (a malformed line, a value of the wrong type, a record
 *     of no known table); one line of the Event Hubs envelope may hold several records
 * @param problems what went wrong, at most {@link ImportOptions#maxProblemsListed()} of them
 * @param problemCount how many problems there were in all
 * @param captureTime the workspace's capture time after the import (the newest Timestamp seen)
 */
public record ImportSummary(
    Map<String, Long> rowsPerTable,
    long linesSkipped,
    List<ImportProblem> problems,
    long problemCount,
    Optional<Instant> captureTime) {
  public ImportSummary {
    rowsPerTable = Map.copyOf(rowsPerTable);
    problems = List.copyOf(problems);
    Objects.requireNonNull(captureTime);
  }

  public long totalRows() {
    return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
  }

  /** True when everything was imported; the CLI exits non-zero otherwise. */
  public boolean isComplete() {
    return linesSkipped == 0 && problemCount == 0;
  }
}
