package io.huntbook.kql.binder;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.Script;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.syntax.Statement;

/**
 * Semantic analysis of a parsed script: resolves names against the {@link Catalog} and the let
 * statements, types every scalar expression, computes the row schema after every pipe stage with
 * Kusto's naming rules, and reports what is wrong as diagnostics (codes KQL0100–KQL0199). Never
 * throws on user input.
 */
public final class Binder {
  private Binder() {}

  public static BoundScript bind(Script script, Catalog catalog) {
    Bindings bindings = new Bindings(catalog);
    ExpressionBinder expressions = new ExpressionBinder(bindings);
    CallBinder calls = new CallBinder(bindings, expressions);
    TabularBinder tabular = new TabularBinder(bindings, expressions, calls);
    StatementBinder statements = new StatementBinder(bindings, expressions, tabular);
    expressions.connect(tabular, calls);
    calls.connect(tabular, statements);
    try {
      Scope scope = Scope.root();
      for (Statement statement : script.statements()) {
        switch (statement) {
          case Statement.Let let -> scope = statements.bindLet(let, scope);
          case Statement.Query query -> {
            StatementBinder.Result result = statements.bindValue(query.expr(), scope);
            if (!result.tabular()) {
              bindings.report(
                  BinderDiagnostics.error(
                      BinderDiagnostics.EXPECTED_TABULAR,
                      "a query must produce a table; use print to show a scalar",
                      query.expr().span()));
            }
            bindings.resultSchema = result.row().schema().orElse(null);
          }
          case Statement.Set ignored -> {}
          case Statement.Ignored ignored -> {}
        }
      }
    } catch (RuntimeException bug) {
      // A binder bug must not take the notebook down with it: report it as a diagnostic.
      bindings.report(
          BinderDiagnostics.error(
              BinderDiagnostics.INTERNAL,
              "internal binder error: " + bug,
              script.statements().isEmpty() ? Span.NONE : script.span()));
    }
    return new BoundScript(script, bindings);
  }
}
