package io.huntbook.kernel.kql;

import io.huntbook.kql.binder.Binder;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import java.util.List;
import java.util.Optional;

/**
 * The row schema of a pipeline found by parsing and binding it with Huntbook's KQL front end, after
 * the statements before it (so {@code let} names resolve): exact through {@code project}, {@code
 * extend}, {@code summarize}, {@code join}. When the text does not parse or bind to a known schema,
 * falls back to the columns of the table the pipeline starts from.
 */
final class BoundRowSchemas implements RowSchemas {
  private final Catalog catalog;
  private final SourceTableSchemas fallback;

  BoundRowSchemas(Catalog catalog) {
    this.catalog = catalog;
    this.fallback = new SourceTableSchemas(catalog);
  }

  @Override
  public Optional<List<ColumnSchema>> schemaOf(String precedingStatements, String pipeline) {
    ParseResult parsed = KqlParser.parse(precedingStatements + pipeline);
    if (!parsed.hasErrors()) {
      Optional<List<ColumnSchema>> bound = Binder.bind(parsed.script(), catalog).resultSchema();
      if (bound.isPresent() && !bound.get().isEmpty()) {
        return bound;
      }
    }
    return fallback.schemaOf(precedingStatements, pipeline);
  }
}
