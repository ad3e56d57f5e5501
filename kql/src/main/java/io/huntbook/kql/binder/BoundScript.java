package io.huntbook.kql.binder;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.Script;
import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Optional;

/**
 * A script with what the binder learned about it: side tables keyed by node identity (two equal
 * looking nodes in different places are different keys) and the binding diagnostics. Immutable.
 *
 * <p>The body of a user function is bound again for each call with the arguments' types; its side
 * table entries hold the last binding.
 */
public final class BoundScript {
  private final Script script;
  private final Bindings bindings;
  private final List<Diagnostic> diagnostics;

  BoundScript(Script script, Bindings bindings) {
    this.script = script;
    this.bindings = bindings;
    this.diagnostics = bindings.diagnostics();
  }

  public Script script() {
    return script;
  }

  /** Binding errors only, in source order; parse errors stay with the parser's result. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The type of a scalar expression; {@code unknown} when it is not a bound scalar. */
  public KqlType typeOf(Expr scalarExpr) {
    return bindings.types.getOrDefault(scalarExpr, KqlType.UNKNOWN);
  }

  /**
   * The output row schema of any tabular expression (a pipe, a table or let name, datatable, print,
   * range, union, a call of materialize or of a tabular user function…); empty when the binder
   * could not know it (an error, an unsupported operator) or the node is not tabular.
   */
  public Optional<List<ColumnSchema>> schemaOf(Expr tabularExpr) {
    return Optional.ofNullable(bindings.schemas.get(tabularExpr));
  }

  /** The row schema flowing into an operator. */
  public Optional<List<ColumnSchema>> inputSchemaOf(Operator op) {
    return Optional.ofNullable(bindings.inputSchemas.get(op));
  }

  /** What a name means: a column, a table, a let binding or a function parameter. */
  public Optional<Symbol> symbolOf(Expr.Name name) {
    return Optional.ofNullable(bindings.symbols.get(name));
  }

  /** The function a call refers to: built-in scalar, aggregate or user (let) function. */
  public Optional<FunctionSymbol> functionOf(Expr.Call call) {
    return Optional.ofNullable(bindings.functions.get(call));
  }

  /**
   * The column name(s) a project/extend/summarize/print/serialize item produces, Kusto's defaults
   * applied ({@code count_}, {@code Column1}, {@code print_0}); several for {@code arg_max} and
   * {@code percentiles}. Empty when the item was not bound.
   */
  public List<String> outputNames(NamedExpr column) {
    return bindings.outputNames.getOrDefault(column, List.of());
  }

  /**
   * The columns a name typed at {@code offset} could refer to: the input row of the innermost
   * operator whose text covers the offset (its end included, so a cursor right after {@code | where
   * Fi} still counts). Empty outside any operator or when the row is not known. For completion.
   */
  public Optional<List<ColumnSchema>> columnsAt(int offset) {
    Operator best = null;
    for (Operator op : bindings.inputSchemas.keySet()) {
      var span = op.span();
      if (span.start() <= offset
          && offset <= span.end()
          && (best == null || span.length() < best.span().length())) {
        best = op;
      }
    }
    return best == null ? Optional.empty() : Optional.of(bindings.inputSchemas.get(best));
  }

  /**
   * The declared column a {@code step.column} reference inside a scan reads from the step's state;
   * empty for any other member access.
   */
  public Optional<String> stepColumnOf(Expr.Member member) {
    return Optional.ofNullable(bindings.stepReferences.get(member));
  }

  /** The result schema of the script's (last) query statement. */
  public Optional<List<ColumnSchema>> resultSchema() {
    return Optional.ofNullable(bindings.resultSchema);
  }
}
