package io.huntbook.engine.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed table, the result of a query on any backend. Cell values are Java values by column type:
 * bool {@link Boolean}, int {@link Integer}, long {@link Long}, real {@link Double}, decimal {@link
 * java.math.BigDecimal}, string {@link String} (never null: KQL strings have no null), datetime
 * {@link java.time.Instant} (UTC), timespan {@link java.time.Duration}, guid {@link
 * java.util.UUID}, dynamic {@link com.fasterxml.jackson.databind.JsonNode}; {@code null} is a null
 * of any other type.
 *
 * @param truncated the service cut the result at its row limit
 * @param chart the {@code render} request, if the query had one
 * @param stats service statistics when the backend reports them (raw JSON-like values)
 */
public record ResultTable(
    List<Column> columns,
    List<List<Object>> rows,
    boolean truncated,
    Optional<ChartSpec> chart,
    Map<String, Object> stats) {

  public ResultTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      // List.copyOf rejects nulls, and null is a real cell value.
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = java.util.Collections.unmodifiableList(copy);
    Objects.requireNonNull(chart);
    stats = Map.copyOf(stats);
  }

  public ResultTable(List<Column> columns, List<List<Object>> rows) {
    this(columns, rows, false, Optional.empty(), Map.of());
  }

  public int rowCount() {
    return rows.size();
  }

  /** The index of the named column, or -1. */
  public int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
