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

  /**
   * top-hitters: the value's column, then {@code approximate_count_<value>} or, with {@code by},
   * {@code approximate_sum_<summed>}.
   */
  Row bindHitters(Operator.TopHitters hitters, Row in, Scope scope) {
    Context cx = Context.row(scope, in);
    KqlType count = expressions.bind(hitters.count(), Context.row(scope, Row.EMPTY));
    if (!ArgumentKind.INTEGER.accepts(count)) {
      bindings.report(
          error(
              BinderDiagnostics.ARGUMENT_TYPE,
              "expected a number of values, got " + count.kqlName(),
              hitters.count().span()));
    }
    KqlType type = expressions.bind(hitters.of(), cx);
    ColumnNames.Unique unique = new ColumnNames.Unique();
    String name =
        ColumnNames.derived(hitters.of()).map(unique::claim).orElseGet(unique::claimColumn);
    List<ColumnSchema> out = new ArrayList<>();
    out.add(new ColumnSchema(name, type));
    if (hitters.by().isPresent()) {
      Expr by = hitters.by().get();
      KqlType summed = expressions.bind(by, cx);
      if (!ArgumentKind.NUMBER.accepts(summed)) {
        bindings.report(
            error(
                BinderDiagnostics.ARGUMENT_TYPE,
                "top-hitters sums a number, got " + summed.kqlName(),
                by.span()));
      }
      KqlType sum = summed.isIntegral() ? KqlType.LONG : summed;
      out.add(
          new ColumnSchema(
              unique.claim("approximate_sum_" + ColumnNames.derived(by).orElse("")), sum));
    } else {
      out.add(new ColumnSchema(unique.claim("approximate_count_" + name), KqlType.LONG));
    }
    return Row.of(out);
  }
}
