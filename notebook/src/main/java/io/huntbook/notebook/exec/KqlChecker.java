package io.huntbook.notebook.exec;

import io.huntbook.kql.binder.Binder;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks queries with Huntbook's KQL front end: parse, then bind against a catalog (the Advanced
 * Hunting schema by default). Syntax errors stop there, so one typo gives one message rather than
 * the binder's follow-on complaints.
 */
public final class KqlChecker implements QueryChecker {
  private final Catalog catalog;

  public KqlChecker(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A checker for the Defender XDR Advanced Hunting schema. */
  public static KqlChecker defender() {
    return new KqlChecker(Catalog.defender());
  }

  /** A checker of the syntax alone: no tables, columns or types. */
  public static QueryChecker syntaxOnly() {
    return (sourceName, kql) -> KqlParser.parse(new SourceText(sourceName, kql)).diagnostics();
  }

  @Override
  public List<Diagnostic> check(String sourceName, String kql) {
    ParseResult parsed = KqlParser.parse(new SourceText(sourceName, kql));
    if (parsed.hasErrors()) {
      return parsed.diagnostics();
    }
    // The parser's warnings stand beside the binder's findings.
    List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    all.addAll(Binder.bind(parsed.script(), catalog).diagnostics());
    all.sort(Comparator.comparingInt(diagnostic -> diagnostic.span().start()));
    return all;
  }
}
