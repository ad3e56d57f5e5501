package io.huntbook.kernel.kql;

import io.huntbook.kernel.Inspection;
import io.huntbook.kernel.MimeBundle;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Help for the name under a cursor, as plain text and Markdown: a table with its columns, a column
 * with its type and table, a function's signature, or what an operator does.
 */
final class KqlInspector {
  private final Catalog catalog;
  private final RowSchemas rowSchemas;
  private final Map<String, FunctionHelp> functions;

  KqlInspector(Catalog catalog, RowSchemas rowSchemas, Map<String, FunctionHelp> functions) {
    this.catalog = catalog;
    this.rowSchemas = rowSchemas;
    this.functions = Map.copyOf(functions);
  }

  Inspection inspect(String code, int cursor, int detailLevel) {
    return inspect(code, cursor, detailLevel, SessionLets.NONE);
  }

  Inspection inspect(String code, int cursor, int detailLevel, SessionLets session) {
    int start = Math.max(0, Math.min(cursor, code.length()));
    int end = start;
    while (start > 0 && isNamePart(code.charAt(start - 1))) {
      start--;
    }
    while (end < code.length() && isNamePart(code.charAt(end))) {
      end++;
    }
    if (start == end) {
      return Inspection.nothing();
    }
    String name = code.substring(start, end);
    CursorContext context = CursorContext.at(code, start);
    if (context.position() == CursorContext.Position.NONE) {
      return Inspection.nothing();
    }
    Optional<TableSchema> table = catalog.table(name);
    if (table.isPresent() && context.position() != CursorContext.Position.EXPRESSION) {
      return Inspection.of(describeTable(table.get(), detailLevel));
    }
    if (context.position() == CursorContext.Position.OPERATOR) {
      return KqlVocabularyCatalog.describeOperator(name)
          .map(text -> help("`" + name + "` operator: " + text))
          .map(Inspection::of)
          .orElseGet(Inspection::nothing);
    }
    Optional<ColumnSchema> column =
        context.pipeline().isBlank()
            ? Optional.empty()
            : rowSchemas
                .schemaOf(session.text() + context.precedingStatements(), context.pipeline())
                .stream()
                .flatMap(List::stream)
                .filter(c -> c.name().equals(name))
                .findFirst();
    if (column.isPresent()) {
      String origin =
          SourceTableSchemas.sourceTable(catalog, context.pipeline())
              .filter(t -> t.column(name).isPresent())
              .map(t -> " in table `" + t.name() + "`")
              .orElse("");
      return Inspection.of(
          help("`" + name + "`: column of type `" + column.get().type().kqlName() + "`" + origin));
    }
    FunctionHelp function = functions.get(name);
    if (function != null) {
      return Inspection.of(help("`" + function.signature() + "`: " + function.kind()));
    }
    if (table.isPresent()) {
      return Inspection.of(describeTable(table.get(), detailLevel));
    }
    return Inspection.nothing();
  }

  private static MimeBundle describeTable(TableSchema table, int detailLevel) {
    StringBuilder plain = new StringBuilder();
    StringBuilder markdown = new StringBuilder();
    plain
        .append(table.name())
        .append(": table, ")
        .append(table.columns().size())
        .append(" columns\n");
    markdown
        .append("**")
        .append(table.name())
        .append("**: table, ")
        .append(table.columns().size())
        .append(" columns\n\n| column | type |\n| --- | --- |\n");
    int shown = detailLevel > 0 ? table.columns().size() : Math.min(20, table.columns().size());
    for (ColumnSchema column : table.columns().subList(0, shown)) {
      plain.append("  ").append(column.name()).append(": ").append(column.type().kqlName());
      plain.append('\n');
      markdown
          .append("| `")
          .append(column.name())
          .append("` | ")
          .append(column.type().kqlName())
          .append(" |\n");
    }
    if (shown < table.columns().size()) {
      String more = "… " + (table.columns().size() - shown) + " more (detail level 1 shows all)\n";
      plain.append("  ").append(more);
      markdown.append('\n').append(more);
    }
    return MimeBundle.text(plain.toString()).with("text/markdown", markdown.toString());
  }

  /** A one-line help text, Markdown with backticks and plain text without. */
  private static MimeBundle help(String markdown) {
    return MimeBundle.text(markdown.replace("`", "")).with("text/markdown", markdown);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
