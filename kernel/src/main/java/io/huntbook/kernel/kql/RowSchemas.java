package io.huntbook.kernel.kql;

import io.huntbook.kql.schema.ColumnSchema;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the rows a tabular expression produces, for completion and inspection. Empty when
 * they cannot be known (a broken query, an unknown table).
 */
@FunctionalInterface
interface RowSchemas {
  /**
   * @param precedingStatements statements before the expression's one, e.g. {@code let}s
   * @param pipeline the tabular expression, e.g. {@code DeviceProcessEvents | where X > 1}
   */
  Optional<List<ColumnSchema>> schemaOf(String precedingStatements, String pipeline);
}
