package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.functions.AggregateCatalog;
import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * summarize: the group keys come first, then the aggregates, each name made unique with a numeric
 * suffix ({@code arg_max(v, w), arg_min(v, w)} → {@code v, w, v1, w1}).
 */
final class SummarizeBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;

  SummarizeBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  Row bind(Operator.Summarize summarize, Row in, Scope scope) {
    Context rowContext = Context.row(scope, in);
    Context aggregateContext = new Context(scope, in, Mode.AGGREGATE);
    List<ColumnSchema> out = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    Set<String> keyColumns = new HashSet<>();
    for (NamedExpr key : summarize.by()) {
      KqlType type = expressions.bind(key.expr(), rowContext);
      String name = OperatorBinder.columnName(key, unique, bindings);
      bindings.outputNames.put(key, List.of(name));
      out.add(new ColumnSchema(name, type));
      keyColumns.add(name);
      if (key.expr() instanceof Expr.Name n) {
        keyColumns.add(n.name());
      }
    }
    boolean open = in.open();
    for (NamedExpr item : summarize.aggregates()) {
      Expr expr = unwrap(item.expr());
      Optional<AggregateSignature> aggregate =
          expr instanceof Expr.Call call ? AggregateCatalog.lookup(call.name()) : Optional.empty();
      KqlType type = expressions.bind(item.expr(), aggregateContext);
      List<String> names = new ArrayList<>();
      if (aggregate.isPresent() && aggregate.get().shape() != AggregateSignature.Shape.SINGLE) {
        Expr.Call call = (Expr.Call) expr;
        switch (aggregate.get().shape()) {
          case ARG_EXTREME -> open |= argExtreme(call, item, in, keyColumns, unique, out, names);
          case PERCENTILE -> {
            String name =
                item.names().isEmpty() && call.arguments().size() == 2
                    ? ColumnNames.percentileName(
                        "percentile", call.arguments().get(0), call.arguments().get(1))
                    : explicitOrColumn(item, 0, unique);
            name = item.names().isEmpty() ? unique.claim(name) : name;
            names.add(name);
            out.add(new ColumnSchema(name, type));
          }
          case PERCENTILES -> {
            for (int i = 1; i < call.arguments().size(); i++) {
              String name =
                  i - 1 < item.names().size()
                      ? item.names().get(i - 1).name()
                      : ColumnNames.percentileName(
                          "percentile", call.arguments().get(0), call.arguments().get(i));
              name = unique.claim(name);
              names.add(name);
              out.add(new ColumnSchema(name, type));
            }
          }
          case SINGLE -> {}
        }
      } else {
        if (ExpressionBinder.callsUnknownFunction(item.expr(), scope)) {
          // The unknown function was reported; its columns' names cannot be known.
          open = true;
        } else if (!ExpressionBinder.isAggregateCall(item.expr())
            && !(item.expr() instanceof Expr.Missing)) {
          bindings.report(
              error(
                  BinderDiagnostics.NOT_AN_AGGREGATE,
                  "summarize needs an aggregate such as count() or sum(x) here",
                  item.expr().span()));
        }
        String name = OperatorBinder.columnName(item, unique, bindings);
        names.add(name);
        out.add(new ColumnSchema(name, type));
      }
      bindings.outputNames.put(item, List.copyOf(names));
    }
    return new Row(out, open);
  }

  private static Expr unwrap(Expr expr) {
    Expr e = expr;
    while (e instanceof Expr.Parenthesized p) {
      e = p.inner();
    }
    return e;
  }

  private static String explicitOrColumn(NamedExpr item, int index, ColumnNames.Unique unique) {
    if (index < item.names().size()) {
      return unique.claim(item.names().get(index).name());
    }
    return unique.claimColumn();
  }

  /**
   * {@code arg_max(by, c1, …)}: the by-expression's column, then one per further argument; {@code
   * *} stands for every input column that is not a group key or the by-expression itself. Returns
   * whether the output is open (a {@code *} over an open row).
   */
  private boolean argExtreme(
      Expr.Call call,
      NamedExpr item,
      Row in,
      Set<String> keyColumns,
      ColumnNames.Unique unique,
      List<ColumnSchema> out,
      List<String> names) {
    if (call.arguments().isEmpty()) {
      return false;
    }
    List<Identifier> explicit = item.names();
    int explicitIndex = 0;
    Expr by = call.arguments().getFirst();
    String byName;
    if (explicitIndex < explicit.size()) {
      byName = explicit.get(explicitIndex++).name();
    } else {
      byName = ColumnNames.derived(by).orElse(null);
    }
    String claimed = byName == null ? unique.claimColumn() : unique.claim(byName);
    names.add(claimed);
    out.add(new ColumnSchema(claimed, bindings.types.getOrDefault(by, KqlType.UNKNOWN)));
    Optional<String> byColumn =
        by instanceof Expr.Name n ? Optional.of(n.name()) : Optional.empty();
    boolean open = false;
    for (int i = 1; i < call.arguments().size(); i++) {
      Expr argument = call.arguments().get(i);
      if (argument instanceof Expr.Star) {
        open |= in.open();
        for (ColumnSchema column : in.columns()) {
          if (keyColumns.contains(column.name())
              || byColumn.filter(column.name()::equals).isPresent()) {
            continue;
          }
          String name = unique.claim(column.name());
          names.add(name);
          out.add(new ColumnSchema(name, column.type()));
        }
        continue;
      }
      String name;
      if (explicitIndex < explicit.size()) {
        name = unique.claim(explicit.get(explicitIndex++).name());
      } else {
        Optional<String> derived = ColumnNames.derived(unwrapAssign(argument));
        name = derived.isPresent() ? unique.claim(derived.get()) : unique.claimColumn();
      }
      names.add(name);
      out.add(new ColumnSchema(name, bindings.types.getOrDefault(argument, KqlType.UNKNOWN)));
    }
    return open;
  }

  private static Expr unwrapAssign(Expr argument) {
    if (argument instanceof Expr.Binary b && b.op() == Expr.BinaryOp.ASSIGN) {
      return b.left();
    }
    return argument;
  }
}
