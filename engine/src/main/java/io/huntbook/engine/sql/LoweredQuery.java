package io.huntbook.engine.sql;

import io.huntbook.engine.result.ChartSpec;
import io.huntbook.engine.result.Column;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query lowered to one DuckDB statement, with the KQL result schema its rows are read as and the
 * chart its {@code render} asked for.
 */
public record LoweredQuery(String sql, List<Column> columns, Optional<ChartSpec> chart) {
  public LoweredQuery {
    Objects.requireNonNull(sql);
    columns = List.copyOf(columns);
    Objects.requireNonNull(chart);
  }
}
