package io.huntbook.kernel.kql;

import io.huntbook.kernel.Completion;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Completions for a cursor in a KQL cell: tables and {@code let} names where a query starts,
 * operators after a pipe, and inside an operator the columns of the rows flowing into that pipe
 * stage, then functions and keywords. Candidates start with what was typed, ignoring case.
 */
final class KqlCompleter {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Catalog catalog;
  private final RowSchemas rowSchemas;
  private final List<String> functionNames;

  KqlCompleter(Catalog catalog, RowSchemas rowSchemas, List<String> functionNames) {
    this.catalog = catalog;
    this.rowSchemas = rowSchemas;
    this.functionNames = List.copyOf(functionNames);
  }

  Completion complete(String code, int cursor) {
    return complete(code, cursor, SessionLets.NONE);
  }

  Completion complete(String code, int cursor, SessionLets session) {
    CursorContext context = CursorContext.at(code, cursor);
    Set<String> candidates = new LinkedHashSet<>();
    switch (context.position()) {
      case NONE -> {
        return Completion.none(cursor);
      }
      case SOURCE -> {
        catalog.tables().stream().map(TableSchema::name).sorted().forEach(candidates::add);
        candidates.addAll(context.letNames());
        candidates.addAll(session.names());
        candidates.addAll(KqlVocabularyCatalog.STATEMENT_STARTS);
      }
      case OPERATOR -> candidates.addAll(KqlVocabularyCatalog.operators());
      case EXPRESSION -> {
        if (!context.pipeline().isBlank()) {
          rowSchemas
              .schemaOf(session.text() + context.precedingStatements(), context.pipeline())
              .ifPresent(
                  columns ->
                      columns.stream()
                          .map(ColumnSchema::name)
                          .map(KqlCompleter::quoted)
                          .forEach(candidates::add));
        }
        candidates.addAll(context.letNames());
        candidates.addAll(session.names());
        functionNames.stream().sorted().forEach(candidates::add);
        candidates.addAll(KqlVocabularyCatalog.KEYWORDS);
      }
    }
    String prefix = context.prefix().toLowerCase(Locale.ROOT);
    List<String> matches = new ArrayList<>();
    for (String candidate : candidates) {
      if (candidate.toLowerCase(Locale.ROOT).startsWith(prefix)
          || candidate.startsWith("['")
              && candidate.substring(2).toLowerCase(Locale.ROOT).startsWith(prefix)) {
        matches.add(candidate);
      }
    }
    return new Completion(matches, context.prefixStart(), cursor);
  }

  /** A column name as KQL must write it: bracketed and quoted when it is not a plain name. */
  static String quoted(String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? name
        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
