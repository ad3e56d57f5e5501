package io.huntbook.tenant.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * How to import.
 *
 * @param table the table to load Advanced Hunting responses and CSV files into; when empty it is
 *     taken from each file's name ({@code DeviceEvents.csv}, {@code DeviceEvents-2026-11.json.gz}).
 *     Streaming-API records name their table themselves and ignore it.
 * @param maxProblemsListed how many problems the summary lists in full (all are counted)
 */
public record ImportOptions(Optional<String> table, int maxProblemsListed) {
  public ImportOptions {
    Objects.requireNonNull(table);
    if (maxProblemsListed < 0) {
      throw new IllegalArgumentException("maxProblemsListed must not be negative");
    }
  }

  /** Tables from file names; up to 1,000 problems listed. */
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), 1_000);
  }

  public ImportOptions withTable(String name) {
    return new ImportOptions(Optional.of(name), maxProblemsListed);
  }
}
