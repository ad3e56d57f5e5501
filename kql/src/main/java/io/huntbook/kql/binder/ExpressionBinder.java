package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.binder.Scope.Entry;
import io.huntbook.kql.functions.AggregateCatalog;
import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.functions.TypeRules;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Types scalar expressions and resolves the names in them. Calls are handed to {@link CallBinder};
 * tabular sub-expressions ({@code x in (T | …)}, {@code toscalar(…)}) to {@link TabularBinder}.
 */
final class ExpressionBinder {
  private final Bindings bindings;
  private TabularBinder tabular;
  private CallBinder calls;

  ExpressionBinder(Bindings bindings) {
    this.bindings = bindings;
  }

  void connect(TabularBinder tabularBinder, CallBinder callBinder) {
    this.tabular = tabularBinder;
    this.calls = callBinder;
  }

  KqlType bind(Expr expr, Context cx) {
    KqlType type =
        switch (expr) {
          case Expr.Literal literal -> literal.type();
          case Expr.DynamicLiteral ignored -> KqlType.DYNAMIC;
          case Expr.Name name -> bindName(name, cx);
          case Expr.Star ignored -> KqlType.UNKNOWN;
          case Expr.Unary unary -> bindUnary(unary, cx);
          case Expr.Binary binary -> bindBinary(binary, cx);
          case Expr.In in -> bindIn(in, cx);
          case Expr.Between between -> bindBetween(between, cx);
          case Expr.Call call -> calls.bindScalarCall(call, cx);
          case Expr.Member member -> bindMember(member, cx);
          case Expr.Index index -> {
            bind(index.index(), cx);
            yield bindPath(index.target(), cx);
          }
          case Expr.Parenthesized p -> bind(p.inner(), cx);
          case Expr.Pipe ignored -> tabularAsScalar(expr, cx);
          case Expr.DataTable ignored -> tabularAsScalar(expr, cx);
          case Expr.Print ignored -> tabularAsScalar(expr, cx);
          case Expr.Range ignored -> tabularAsScalar(expr, cx);
          case Expr.Union ignored -> tabularAsScalar(expr, cx);
          case Expr.UnsupportedSource ignored -> {
            tabular.bind(expr, cx.scope());
            yield KqlType.UNKNOWN;
          }
          case Expr.Function function -> {
            bindings.report(
                error(
                    BinderDiagnostics.EXPECTED_SCALAR,
                    "a function definition cannot be used as a value here",
                    function.span()));
            yield KqlType.UNKNOWN;
          }
          case Expr.Missing ignored -> KqlType.UNKNOWN;
        };
    return bindings.type(expr, type);
  }

  private KqlType tabularAsScalar(Expr expr, Context cx) {
    tabular.bind(expr, cx.scope());
    bindings.report(
        error(
            BinderDiagnostics.EXPECTED_SCALAR,
            "a tabular expression cannot be used as a scalar here; use toscalar(…)",
            expr.span()));
    return KqlType.UNKNOWN;
  }

  /** {@code d.a} or {@code d[…]}: property access yields dynamic. */
  /** {@code step.column} inside a scan reads the step's state; anything else is a dynamic path. */
  private KqlType bindMember(Expr.Member member, Context cx) {
    if (member.target() instanceof Expr.Name step
        && bindings.scanSteps.containsKey(step.name())
        && cx.row().find(step.name()).isEmpty()) {
      Row state = bindings.scanSteps.get(step.name());
      String column = member.member().name();
      if (state.find(column).isEmpty()) {
        String message = "scan step '" + step.name() + "' declares no column '" + column + "'";
        Optional<String> suggestion = Suggestions.closest(column, state.names());
        if (suggestion.isPresent()) {
          message += "; did you mean '" + suggestion.get() + "'?";
        }
        bindings.report(
            BinderDiagnostics.error(
                BinderDiagnostics.UNKNOWN_COLUMN, message, member.member().span()));
        return KqlType.UNKNOWN;
      }
      bindings.stepReferences.put(member, column);
      return state.find(column).get().type();
    }
    return bindPath(member.target(), cx);
  }

  private KqlType bindPath(Expr target, Context cx) {
    KqlType t = bind(target, cx);
    return t == KqlType.UNKNOWN ? KqlType.UNKNOWN : KqlType.DYNAMIC;
  }

  KqlType bindName(Expr.Name name, Context cx) {
    String text = name.name();
    Optional<ColumnSchema> column = cx.row().find(text);
    if (column.isPresent()) {
      bindings.symbols.put(name, new Symbol.Column(column.get()));
      return column.get().type();
    }
    Optional<Entry> entry = cx.scope().lookup(text);
    if (entry.isPresent()) {
      Entry e = entry.get();
      bindings.symbols.put(name, e.symbol());
      switch (e.kind()) {
        case SCALAR -> {
          return e.type();
        }
        case TABULAR -> {
          bindings.report(
              error(
                  BinderDiagnostics.EXPECTED_SCALAR,
                  "'" + text + "' is a tabular value, not a scalar; use toscalar(" + text + ")",
                  name.span()));
          return KqlType.UNKNOWN;
        }
        case FUNCTION -> {
          // A function without parameters may be named without parentheses.
          StatementBinder.Result result =
              calls.bindUser(CallBinder.implicitCall(name), e.function(), cx, null);
          if (result.tabular()) {
            bindings.report(
                error(
                    BinderDiagnostics.EXPECTED_SCALAR,
                    "function '" + text + "' returns a table, not a scalar",
                    name.span()));
            return KqlType.UNKNOWN;
          }
          return result.type();
        }
      }
    }
    if (cx.row().open()) {
      return KqlType.UNKNOWN;
    }
    if (bindings.catalog.table(text).isPresent()) {
      bindings.report(
          error(
              BinderDiagnostics.EXPECTED_SCALAR,
              "'" + text + "' is a table, not a scalar value",
              name.span()));
      return KqlType.UNKNOWN;
    }
    List<String> candidates = new ArrayList<>(cx.row().names());
    candidates.addAll(cx.scope().names(Entry.Kind.SCALAR));
    boolean columns = !cx.row().columns().isEmpty();
    bindings.report(
        BinderDiagnostics.unknown(
            columns ? BinderDiagnostics.UNKNOWN_COLUMN : BinderDiagnostics.UNKNOWN_NAME,
            columns ? "column" : "name",
            text,
            Suggestions.closest(text, candidates),
            name.span()));
    return KqlType.UNKNOWN;
  }

  private KqlType bindUnary(Expr.Unary unary, Context cx) {
    KqlType operand = bind(unary.operand(), cx);
    return switch (unary.op()) {
      case NOT -> {
        requireBool(operand, unary.operand(), "not");
        yield KqlType.BOOL;
      }
      case NEGATE, PLUS -> {
        if (operand.isNumeric()
            || operand == KqlType.TIMESPAN
            || operand == KqlType.UNKNOWN
            || operand == KqlType.DYNAMIC) {
          yield operand;
        }
        bindings.report(
            error(
                BinderDiagnostics.OPERATOR_TYPE,
                "unary '"
                    + (unary.op() == Expr.UnaryOp.NEGATE ? "-" : "+")
                    + "' cannot apply to "
                    + operand.kqlName(),
                unary.span()));
        yield KqlType.UNKNOWN;
      }
    };
  }

  private KqlType bindBinary(Expr.Binary binary, Context cx) {
    if (binary.op() == BinaryOp.ASSIGN) {
      return bind(binary.right(), cx);
    }
    KqlType left = bind(binary.left(), cx);
    KqlType right = bind(binary.right(), cx);
    BinaryOp op = binary.op();
    switch (op) {
      case AND, OR -> {
        requireBool(left, binary.left(), op.text());
        requireBool(right, binary.right(), op.text());
        return KqlType.BOOL;
      }
      case EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> {
        if (!TypeRules.comparable(left, right)) {
          bindings.report(
              error(
                  BinderDiagnostics.OPERATOR_TYPE,
                  "cannot compare "
                      + left.kqlName()
                      + " with "
                      + right.kqlName()
                      + " using '"
                      + op.text()
                      + "'",
                  binary.span()));
        }
        return KqlType.BOOL;
      }
      case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> {
        KqlType result = TypeRules.arithmetic(op, left, right);
        if (result == null) {
          bindings.report(
              error(
                  BinderDiagnostics.OPERATOR_TYPE,
                  "operator '"
                      + op.text()
                      + "' cannot combine "
                      + left.kqlName()
                      + " and "
                      + right.kqlName(),
                  binary.span()));
          return KqlType.UNKNOWN;
        }
        return result;
      }
      default -> {
        // The string operators and =~: Kusto converts non-string operands to strings.
        return KqlType.BOOL;
      }
    }
  }

  private void requireBool(KqlType type, Expr operand, String operator) {
    if (!ArgumentKind.BOOL.accepts(type)) {
      bindings.report(
          error(
              BinderDiagnostics.NOT_BOOL,
              "'" + operator + "' expects a bool operand, got " + type.kqlName(),
              operand.span()));
    }
  }

  private KqlType bindIn(Expr.In in, Context cx) {
    bind(in.value(), cx);
    if (in.set().size() == 1 && tabular.isTabular(in.set().getFirst(), cx.scope())) {
      tabular.bind(in.set().getFirst(), cx.scope());
    } else {
      for (Expr element : in.set()) {
        bind(element, cx);
      }
    }
    return KqlType.BOOL;
  }

  private KqlType bindBetween(Expr.Between between, Context cx) {
    KqlType value = bind(between.value(), cx);
    KqlType low = bind(between.low(), cx);
    KqlType high = bind(between.high(), cx);
    boolean ok =
        (TypeRules.comparable(value, low) || betweenSpan(value, low))
            && (TypeRules.comparable(value, high) || betweenSpan(value, high));
    if (!ok) {
      bindings.report(
          error(
              BinderDiagnostics.OPERATOR_TYPE,
              "'between' cannot compare " + value.kqlName() + " with its bounds",
              between.span()));
    }
    return KqlType.BOOL;
  }

  /** {@code t between (a .. 1d)}: a datetime range may end with a timespan length. */
  private static boolean betweenSpan(KqlType value, KqlType bound) {
    return value == KqlType.DATETIME && bound == KqlType.TIMESPAN;
  }

  /** Binds in a mode that allows no aggregates (the arguments of an aggregate). */
  KqlType bindInsideAggregate(Expr expr, Context cx) {
    return bind(expr, cx.mode() == Mode.ROW ? cx : cx.withMode(Mode.IN_AGGREGATE));
  }

  static boolean isAggregateCall(Expr expr) {
    return switch (expr) {
      case Expr.Call call ->
          AggregateCatalog.contains(call.name())
              || call.arguments().stream().anyMatch(ExpressionBinder::isAggregateCall);
      case Expr.Binary b -> isAggregateCall(b.left()) || isAggregateCall(b.right());
      case Expr.Unary u -> isAggregateCall(u.operand());
      case Expr.Parenthesized p -> isAggregateCall(p.inner());
      case Expr.Member m -> isAggregateCall(m.target());
      case Expr.Index i -> isAggregateCall(i.target());
      default -> false;
    };
  }

  /** Whether an expression calls a function nobody defines (already reported once). */
  static boolean callsUnknownFunction(Expr expr, Scope scope) {
    return switch (expr) {
      case Expr.Call call ->
          (!io.huntbook.kql.functions.FunctionCatalog.contains(call.name())
                  && !AggregateCatalog.contains(call.name())
                  && !call.name().equals("typeof")
                  && scope.lookup(call.name()).isEmpty())
              || call.arguments().stream().anyMatch(a -> callsUnknownFunction(a, scope));
      case Expr.Binary b ->
          callsUnknownFunction(b.left(), scope) || callsUnknownFunction(b.right(), scope);
      case Expr.Unary u -> callsUnknownFunction(u.operand(), scope);
      case Expr.Parenthesized p -> callsUnknownFunction(p.inner(), scope);
      case Expr.Member m -> callsUnknownFunction(m.target(), scope);
      case Expr.Index i -> callsUnknownFunction(i.target(), scope);
      default -> false;
    };
  }
}
