package io.huntbook.engine.sql;

import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.Column;
import io.huntbook.kql.binder.Binder;
import io.huntbook.kql.binder.BinderDiagnostics;
import io.huntbook.kql.binder.BoundScript;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parse, bind and lower: a KQL query to one DuckDB statement. Any error diagnostic stops here as a
 * {@link QueryException} carrying the rendered message, the first error's line and column, and
 * every diagnostic; the statement is built only from a tree the binder accepted.
 */
public final class QueryCompiler {
  private QueryCompiler() {}

  public static LoweredQuery compile(QueryRequest request, Catalog catalog, Instant now)
      throws QueryException {
    SourceText source = new SourceText(request.sourceName(), request.kql());
    ParseResult parsed = KqlParser.parse(source);
    List<Diagnostic> errors = errors(parsed.diagnostics());
    if (errors.isEmpty()) {
      BoundScript bound = Binder.bind(parsed.script(), catalog);
      errors = errors(bound.diagnostics());
      if (errors.isEmpty()) {
        try {
          return lower(bound, catalog, now);
        } catch (LoweringException e) {
          errors =
              List.of(
                  new Diagnostic(
                      BinderDiagnostics.UNSUPPORTED,
                      Diagnostic.Severity.ERROR,
                      e.getMessage(),
                      e.span()));
        }
      }
    }
    Diagnostic first = errors.get(0);
    int offset = first.span().start();
    return throwError(
        new QueryException(
            first.code(),
            DiagnosticRenderer.renderAll(errors, source).strip(),
            source.line(offset),
            source.column(offset),
            errors));
  }

  private static LoweredQuery throwError(QueryException e) throws QueryException {
    throw e;
  }

  private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError()) {
        out.add(diagnostic);
      }
    }
    return out;
  }

  /** The SQL of a bound script whose diagnostics hold no error. */
  static LoweredQuery lower(BoundScript bound, Catalog catalog, Instant now) {
    LoweringContext context = new LoweringContext(bound, catalog, now);
    Optional<Expr> query = context.tabular.statements(bound.script().statements());
    if (query.isEmpty()) {
      throw new LoweringException("the script has no query", Span.NONE);
    }
    Relation result = context.tabular.lower(query.get());
    List<ColumnSchema> columns = bound.resultSchema().orElse(result.columns());
    if (columns.size() != result.columns().size()) {
      columns = result.columns();
    }
    SqlDialect d = context.dialect;
    List<String> items = new ArrayList<>();
    List<Column> resultColumns = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnSchema column = columns.get(i);
      items.add(d.identifier(result.columns().get(i).name()));
      resultColumns.add(new Column(column.name(), column.type()));
    }
    StringBuilder sql = new StringBuilder();
    List<String> ctes = context.ctes();
    if (!ctes.isEmpty()) {
      sql.append("WITH ").append(String.join(",\n", ctes)).append('\n');
    }
    sql.append("SELECT ")
        .append(items.isEmpty() ? "*" : String.join(", ", items))
        .append(" FROM ")
        .append(result.name());
    return new LoweredQuery(sql.toString(), resultColumns, context.chart());
  }
}
