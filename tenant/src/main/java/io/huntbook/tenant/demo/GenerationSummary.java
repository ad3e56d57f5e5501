package io.huntbook.tenant.demo;

import io.huntbook.tenant.truth.GroundTruth;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one generation run wrote.
 *
 * @param rowsPerTable rows appended per table, in catalog order
 * @param captureTime the capture time recorded in {@code _huntbook_meta}
 * @param groundTruth the attack's rows
 */
public record GenerationSummary(
    Map<String, Long> rowsPerTable, Instant captureTime, GroundTruth groundTruth) {
  public GenerationSummary {
    rowsPerTable = Map.copyOf(rowsPerTable);
    Objects.requireNonNull(captureTime);
    Objects.requireNonNull(groundTruth);
  }

  /** All rows written. */
  public long totalRows() {
    return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
  }
}
