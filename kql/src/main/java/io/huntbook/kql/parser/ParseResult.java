package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.Script;
import io.huntbook.kql.syntax.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * What parsing gives: the tree (always, even for broken input) and the syntax diagnostics in source
 * order. A tree with errors still has a node for every construct the parser recognised, with {@link
 * io.huntbook.kql.syntax.Expr.Missing} where something was missing.
 */
public record ParseResult(SourceText source, Script script, List<Diagnostic> diagnostics) {
  public ParseResult {
    Objects.requireNonNull(source);
    Objects.requireNonNull(script);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
