package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.TopNestedLevel;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * top-nested: two columns a level, the value ranked ({@code of}) and its aggregate, named {@code
 * aggregated_<value>} unless named explicitly.
 */
final class TopNestedBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;

  TopNestedBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  Row bind(Operator.TopNested topNested, Row in, Scope scope) {
    Context rowContext = Context.row(scope, in);
    Context aggregateContext = new Context(scope, in, Mode.AGGREGATE);
    List<ColumnSchema> out = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    boolean open = false;
    for (TopNestedLevel level : topNested.levels()) {
      if (level.count().isPresent()) {
        Expr count = level.count().get();
        KqlType type = expressions.bind(count, Context.row(scope, Row.EMPTY));
        if (!ArgumentKind.INTEGER.accepts(type)) {
          bindings.report(
              error(
                  BinderDiagnostics.ARGUMENT_TYPE,
                  "expected a number of values, got " + type.kqlName(),
                  count.span()));
        }
      }
      if (level.others().isPresent()) {
        bindings.report(
            BinderDiagnostics.unsupported(
                "top-nested option", "with others", level.others().get().span()));
      }
      NamedExpr of = level.of();
      KqlType ofType = expressions.bind(of.expr(), rowContext);
      String ofName = OperatorBinder.columnName(of, unique, bindings);
      bindings.outputNames.put(of, List.of(ofName));
      out.add(new ColumnSchema(ofName, ofType));

      NamedExpr aggregate = level.aggregate();
      KqlType aggregateType = expressions.bind(aggregate.expr(), aggregateContext);
      if (ExpressionBinder.callsUnknownFunction(aggregate.expr(), scope)) {
        open = true;
      } else if (!ExpressionBinder.isAggregateCall(aggregate.expr())
          && !(aggregate.expr() instanceof Expr.Missing)) {
        bindings.report(
            error(
                BinderDiagnostics.NOT_AN_AGGREGATE,
                "top-nested needs an aggregate such as count() or sum(x) here",
                aggregate.expr().span()));
      }
      String aggregateName =
          aggregate.names().isEmpty()
              ? unique.claim("aggregated_" + ofName)
              : OperatorBinder.columnName(aggregate, unique, bindings);
      bindings.outputNames.put(aggregate, List.of(aggregateName));
      out.add(new ColumnSchema(aggregateName, aggregateType));
    }
    return new Row(out, open);
  }
}
