package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.ScanDeclaration;
import io.huntbook.kql.syntax.ScanStep;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * scan: the declared columns are added to the row; in a step, a bare declared column reads its
 * default and {@code step.column} the step's state. Huntbook runs scans of one step; more steps,
 * {@code with_match_id} and an output other than {@code all} are reported as unsupported. Window
 * functions are rejected inside steps, as Kusto does.
 */
final class ScanBinder {
  private static final Set<String> WINDOW_FUNCTIONS =
      Set.of("prev", "next", "row_number", "row_cumsum", "row_rank_dense", "row_rank_min");

  private final Bindings bindings;
  private final ExpressionBinder expressions;

  ScanBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  Row bind(Operator.Scan scan, Row in, Scope scope) {
    for (OptionAssign option : scan.options()) {
      bindings.report(
          BinderDiagnostics.unsupported("scan option", option.name().name(), option.span()));
    }
    if (scan.steps().size() > 1) {
      bindings.report(
          BinderDiagnostics.unsupported(
              "scan with", scan.steps().size() + " steps", scan.steps().get(1).span()));
    }
    Context constants = Context.row(scope, Row.EMPTY);
    List<ColumnSchema> declared = new ArrayList<>();
    for (ScanDeclaration declaration : scan.declarations()) {
      KqlType type = KqlType.fromName(declaration.typeName().name()).orElse(KqlType.UNKNOWN);
      declaration.defaultValue().ifPresent(value -> expressions.bind(value, constants));
      declared.add(new ColumnSchema(declaration.name().name(), type));
    }
    Row row = in;
    for (ColumnSchema column : declared) {
      row = row.withColumn(column);
    }
    Row state = Row.of(declared);
    Context cx = Context.row(scope, row);
    for (ScanStep step : scan.steps()) {
      bindings.scanSteps.put(step.name().name(), state);
    }
    try {
      for (ScanStep step : scan.steps()) {
        for (OptionAssign option : step.options()) {
          if (!(option.value() instanceof Expr.Name name && name.name().equals("all"))) {
            bindings.report(
                BinderDiagnostics.unsupported(
                    "scan step option", option.name().name(), option.value().span()));
          }
        }
        KqlType condition = expressions.bind(step.condition(), cx);
        if (!ArgumentKind.BOOL.accepts(condition)) {
          bindings.report(
              error(
                  BinderDiagnostics.NOT_BOOL,
                  "a scan step needs a bool condition, got " + condition.kqlName(),
                  step.condition().span()));
        }
        rejectWindowFunctions(step.condition());
        for (NamedExpr assignment : step.assignments()) {
          expressions.bind(assignment.expr(), cx);
          rejectWindowFunctions(assignment.expr());
          if (assignment.names().size() != 1
              || state.find(assignment.names().getFirst().name()).isEmpty()) {
            bindings.report(
                error(
                    BinderDiagnostics.UNKNOWN_COLUMN,
                    "a scan step can only assign a declared column",
                    assignment.span()));
          }
        }
      }
    } finally {
      for (ScanStep step : scan.steps()) {
        bindings.scanSteps.remove(step.name().name());
      }
    }
    return row;
  }

  private void rejectWindowFunctions(Expr expr) {
    switch (expr) {
      case Expr.Call call -> {
        if (WINDOW_FUNCTIONS.contains(call.name())) {
          bindings.report(
              error(
                  BinderDiagnostics.NOT_SERIALIZED,
                  "function '"
                      + call.name()
                      + "' cannot be used inside scan; read the step's"
                      + " state instead",
                  call.function().span()));
        }
        call.arguments().forEach(this::rejectWindowFunctions);
      }
      case Expr.Binary binary -> {
        rejectWindowFunctions(binary.left());
        rejectWindowFunctions(binary.right());
      }
      case Expr.Unary unary -> rejectWindowFunctions(unary.operand());
      case Expr.Parenthesized parenthesized -> rejectWindowFunctions(parenthesized.inner());
      default -> {}
    }
  }
}
