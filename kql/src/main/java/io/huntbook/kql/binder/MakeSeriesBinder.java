package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.SeriesAggregate;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * make-series: the group keys keep their types; each aggregate and then the axis become dynamic
 * arrays, one element a bin. The axis is a datetime, timespan or number; its bounds have its type
 * and its step is a timespan for a datetime or timespan axis, a number otherwise.
 */
final class MakeSeriesBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;

  MakeSeriesBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  Row bind(Operator.MakeSeries series, Row in, Scope scope) {
    checkOptions(series.options());
    Context rowContext = Context.row(scope, in);
    Context aggregateContext = new Context(scope, in, Mode.AGGREGATE);
    Context constantContext = Context.row(scope, Row.EMPTY);
    List<ColumnSchema> out = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    for (NamedExpr key : series.by()) {
      KqlType type = expressions.bind(key.expr(), rowContext);
      String name = OperatorBinder.columnName(key, unique, bindings);
      bindings.outputNames.put(key, List.of(name));
      out.add(new ColumnSchema(name, type));
    }
    boolean open = false;
    for (SeriesAggregate item : series.aggregates()) {
      NamedExpr aggregate = item.aggregate();
      expressions.bind(aggregate.expr(), aggregateContext);
      if (ExpressionBinder.callsUnknownFunction(aggregate.expr(), scope)) {
        open = true;
      } else if (!ExpressionBinder.isAggregateCall(aggregate.expr())
          && !(aggregate.expr() instanceof Expr.Missing)) {
        bindings.report(
            error(
                BinderDiagnostics.NOT_AN_AGGREGATE,
                "make-series needs an aggregate such as count() or sum(x) here",
                aggregate.expr().span()));
      }
      item.defaultValue().ifPresent(value -> expressions.bind(value, constantContext));
      String name = OperatorBinder.columnName(aggregate, unique, bindings);
      bindings.outputNames.put(aggregate, List.of(name));
      out.add(new ColumnSchema(name, KqlType.DYNAMIC));
    }
    KqlType axis = expressions.bind(series.axis(), rowContext);
    checkAxis(series, axis);
    for (Optional<Expr> bound : List.of(series.from(), series.to())) {
      if (bound.isPresent()) {
        KqlType type = expressions.bind(bound.get(), constantContext);
        if (!fits(type, axis)) {
          bindings.report(
              error(
                  BinderDiagnostics.ARGUMENT_TYPE,
                  "the bounds of a "
                      + axis.kqlName()
                      + " axis must be "
                      + axis.kqlName()
                      + ", got "
                      + type.kqlName(),
                  bound.get().span()));
        }
      }
    }
    KqlType step = expressions.bind(series.step(), constantContext);
    KqlType stepType =
        axis == KqlType.DATETIME || axis == KqlType.TIMESPAN ? KqlType.TIMESPAN : KqlType.REAL;
    if (!fits(step, stepType)) {
      bindings.report(
          error(
              BinderDiagnostics.ARGUMENT_TYPE,
              "the step of a "
                  + axis.kqlName()
                  + " axis must be "
                  + (stepType == KqlType.TIMESPAN ? "a timespan" : "a number")
                  + ", got "
                  + step.kqlName(),
              series.step().span()));
    }
    String axisName =
        ColumnNames.derived(series.axis()).map(unique::claim).orElseGet(unique::claimColumn);
    out.add(new ColumnSchema(axisName, KqlType.DYNAMIC));
    return new Row(out, open);
  }

  private void checkOptions(List<OptionAssign> options) {
    for (OptionAssign option : options) {
      if (option.name().name().equals("kind")
          && !(option.value() instanceof Expr.Name name && name.name().equals("nonempty"))) {
        bindings.report(
            error(
                BinderDiagnostics.BAD_OPTION,
                "make-series kind must be 'nonempty'",
                option.value().span()));
      }
    }
  }

  private void checkAxis(Operator.MakeSeries series, KqlType axis) {
    boolean usable =
        axis == KqlType.DATETIME
            || axis == KqlType.TIMESPAN
            || axis == KqlType.UNKNOWN
            || axis.isNumeric();
    if (!usable) {
      bindings.report(
          error(
              BinderDiagnostics.OPERATOR_TYPE,
              "the axis of make-series must be a datetime, timespan or number, got "
                  + axis.kqlName(),
              series.axis().span()));
    }
  }

  /** Whether a value of {@code type} can stand where {@code wanted} is needed. */
  private static boolean fits(KqlType type, KqlType wanted) {
    if (type == KqlType.UNKNOWN || wanted == KqlType.UNKNOWN || type == wanted) {
      return true;
    }
    return type.isNumeric() && wanted.isNumeric();
  }
}
