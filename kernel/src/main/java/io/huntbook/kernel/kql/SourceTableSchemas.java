package io.huntbook.kernel.kql;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import java.util.List;
import java.util.Optional;

/**
 * The row schema of a pipeline taken as the columns of the table it starts from: exact for filters
 * and sorts, a superset after {@code project} or {@code summarize}. Used where binding the text is
 * not possible.
 */
final class SourceTableSchemas implements RowSchemas {
  private final Catalog catalog;

  SourceTableSchemas(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<List<ColumnSchema>> schemaOf(String precedingStatements, String pipeline) {
    return sourceTable(catalog, pipeline).map(TableSchema::columns);
  }

  /** The catalog table a pipeline starts from, if it starts from one. */
  static Optional<TableSchema> sourceTable(Catalog catalog, String pipeline) {
    for (KqlScanner.Lexeme lexeme : KqlScanner.scan(pipeline)) {
      if (lexeme.kind() == KqlScanner.Kind.COMMENT) {
        continue;
      }
      return lexeme.kind() == KqlScanner.Kind.WORD
          ? catalog.table(lexeme.text(pipeline))
          : Optional.empty();
    }
    return Optional.empty();
  }
}
