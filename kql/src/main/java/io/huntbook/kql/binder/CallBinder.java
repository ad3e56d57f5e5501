package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.binder.Scope.Entry;
import io.huntbook.kql.binder.Scope.UserFunction;
import io.huntbook.kql.functions.AggregateCatalog;
import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.functions.FunctionCatalog;
import io.huntbook.kql.functions.FunctionSignature;
import io.huntbook.kql.functions.TypeRules;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds calls: built-in scalar functions and aggregates are checked against their catalogs; a user
 * (let) function is bound by binding its body with the arguments' types in the scope where it was
 * defined.
 */
final class CallBinder {
  private static final int MAX_CALL_DEPTH = 16;
  private static final java.util.Set<String> WINDOW_FUNCTIONS =
      java.util.Set.of(
          "row_number", "prev", "next", "row_cumsum", "row_rank_dense", "row_rank_min");

  private final Bindings bindings;
  private final ExpressionBinder expressions;
  private TabularBinder tabular;
  private StatementBinder statements;

  CallBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  void connect(TabularBinder tabularBinder, StatementBinder statementBinder) {
    this.tabular = tabularBinder;
    this.statements = statementBinder;
  }

  /** A call in scalar position. */
  KqlType bindScalarCall(Expr.Call call, Context cx) {
    String name = call.name();
    Optional<Entry> user = cx.scope().lookup(name).filter(e -> e.kind() == Entry.Kind.FUNCTION);
    if (user.isPresent()) {
      StatementBinder.Result result = bindUser(call, user.get().function(), cx, null);
      if (result.tabular()) {
        bindings.report(
            error(
                BinderDiagnostics.EXPECTED_SCALAR,
                "function '" + name + "' returns a table, not a scalar; use toscalar(…)",
                call.function().span()));
        return KqlType.UNKNOWN;
      }
      return result.type();
    }
    Optional<AggregateSignature> aggregate = AggregateCatalog.lookup(name);
    if (aggregate.isPresent()) {
      return bindAggregate(call, aggregate.get(), cx);
    }
    Optional<FunctionSignature> builtin = FunctionCatalog.lookup(name);
    if (builtin.isPresent()) {
      return bindBuiltin(call, builtin.get(), cx);
    }
    if (name.equals("typeof")) {
      return KqlType.UNKNOWN;
    }
    for (Expr argument : call.arguments()) {
      expressions.bind(argument, cx);
    }
    reportUnknownFunction(call, cx.scope());
    return KqlType.UNKNOWN;
  }

  void reportUnknownFunction(Expr.Call call, Scope scope) {
    List<String> candidates = new ArrayList<>();
    candidates.addAll(scope.names(Entry.Kind.FUNCTION));
    FunctionCatalog.all().forEach(f -> candidates.add(f.name()));
    AggregateCatalog.all().forEach(a -> candidates.add(a.name()));
    bindings.report(
        BinderDiagnostics.unknown(
            BinderDiagnostics.UNKNOWN_FUNCTION,
            "function",
            call.name(),
            Suggestions.closest(call.name(), candidates),
            call.function().span()));
  }

  private KqlType bindAggregate(Expr.Call call, AggregateSignature aggregate, Context cx) {
    bindings.functions.put(call, new FunctionSymbol.Aggregate(aggregate));
    if (cx.mode() != Mode.AGGREGATE) {
      bindings.report(
          error(
              BinderDiagnostics.AGGREGATE_OUTSIDE_SUMMARIZE,
              cx.mode() == Mode.IN_AGGREGATE
                  ? "aggregate '" + call.name() + "' cannot be nested in another aggregate"
                  : "aggregate '" + call.name() + "' can only be used in summarize",
              call.function().span()));
    }
    Context inner = cx.withMode(Mode.IN_AGGREGATE);
    List<KqlType> types = new ArrayList<>();
    for (Expr argument : call.arguments()) {
      types.add(expressions.bind(argument, inner));
    }
    checkCount(call, aggregate.name(), aggregate.minArguments(), aggregate.maxArguments());
    for (int i = 0; i < types.size(); i++) {
      checkKind(call, aggregate.name(), i, aggregate.parameter(i), types.get(i));
    }
    return aggregate.returnType(types);
  }

  private KqlType bindBuiltin(Expr.Call call, FunctionSignature function, Context cx) {
    bindings.functions.put(call, new FunctionSymbol.Builtin(function));
    List<Expr> arguments = call.arguments();
    switch (function.name()) {
      case "toscalar" -> {
        checkCount(call, function.name(), 1, 1);
        if (arguments.isEmpty()) {
          return KqlType.UNKNOWN;
        }
        Expr argument = arguments.getFirst();
        if (!tabular.isTabular(argument, cx.scope())) {
          return expressions.bind(argument, Context.row(cx.scope(), Row.EMPTY));
        }
        Row row = tabular.bind(argument, cx.scope());
        return row.columns().isEmpty() ? KqlType.UNKNOWN : row.columns().getFirst().type();
      }
      case "materialize" -> {
        for (Expr argument : arguments) {
          bindTabularArgument(argument, cx);
        }
        bindings.report(
            error(
                BinderDiagnostics.EXPECTED_SCALAR,
                "materialize(…) returns a table, not a scalar",
                call.function().span()));
        return KqlType.UNKNOWN;
      }
      default -> {}
    }
    if (WINDOW_FUNCTIONS.contains(function.name())
        && !cx.row().serialized()
        && !cx.row().open()
        && !cx.row().columns().isEmpty()) {
      bindings.report(
          error(
              BinderDiagnostics.NOT_SERIALIZED,
              "function '"
                  + function.name()
                  + "' needs ordered rows: sort the input or add '| serialize' first",
              call.function().span()));
    }
    List<KqlType> types = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Expr argument = arguments.get(i);
      if (isTypeOf(argument)) {
        types.add(typeOfArgument((Expr.Call) argument));
      } else {
        types.add(expressions.bind(argument, cx));
      }
    }
    if (!checkCount(call, function.name(), function.minArguments(), function.maxArguments())) {
      return function.returnType(types);
    }
    for (int i = 0; i < types.size(); i++) {
      if (!isTypeOf(arguments.get(i))) {
        checkKind(call, function.name(), i, function.parameter(i), types.get(i));
      }
    }
    switch (function.name()) {
      case "extract" -> {
        return arguments.size() == 4 && isTypeOf(arguments.get(3)) ? types.get(3) : KqlType.STRING;
      }
      case "extract_json", "extractjson" -> {
        return arguments.size() == 3 && isTypeOf(arguments.get(2)) ? types.get(2) : KqlType.STRING;
      }
      case "column_ifexists" -> {
        if (arguments.getFirst() instanceof Expr.Literal literal
            && literal.value() instanceof String column) {
          var existing = cx.row().find(column);
          if (existing.isPresent()) {
            return existing.get().type();
          }
        }
        return types.get(1);
      }
      case "iff", "iif", "case", "coalesce", "min_of", "max_of" -> checkBranches(call, types);
      default -> {}
    }
    return function.returnType(types);
  }

  private void checkBranches(Expr.Call call, List<KqlType> types) {
    List<Integer> branches = new ArrayList<>();
    switch (call.name()) {
      case "iff", "iif" -> branches.addAll(List.of(1, 2));
      case "case" -> {
        for (int i = 1; i < types.size(); i += 2) {
          branches.add(i);
        }
        if (types.size() % 2 == 1) {
          branches.add(types.size() - 1);
        }
      }
      default -> {
        for (int i = 0; i < types.size(); i++) {
          branches.add(i);
        }
      }
    }
    KqlType first = KqlType.UNKNOWN;
    for (int i : branches) {
      KqlType t = types.get(i);
      if (!TypeRules.compatible(first, t)) {
        bindings.report(
            error(
                BinderDiagnostics.BRANCH_TYPES,
                "'"
                    + call.name()
                    + "' needs values of one type, got "
                    + first.kqlName()
                    + " and "
                    + t.kqlName(),
                call.arguments().get(i).span()));
        return;
      }
      if (first == KqlType.UNKNOWN || first == KqlType.DYNAMIC) {
        first = t;
      }
    }
  }

  private static boolean isTypeOf(Expr argument) {
    return argument instanceof Expr.Call c && c.name().equals("typeof");
  }

  private KqlType typeOfArgument(Expr.Call typeOf) {
    if (typeOf.arguments().size() == 1 && typeOf.arguments().getFirst() instanceof Expr.Name n) {
      Optional<KqlType> t = KqlType.fromName(n.name());
      if (t.isPresent()) {
        return t.get();
      }
      bindings.report(
          error(BinderDiagnostics.UNKNOWN_TYPE, "unknown type '" + n.name() + "'", n.span()));
    }
    return KqlType.UNKNOWN;
  }

  private Row bindTabularArgument(Expr argument, Context cx) {
    if (!tabular.isTabular(argument, cx.scope())) {
      expressions.bind(argument, cx);
      bindings.report(
          error(
              BinderDiagnostics.EXPECTED_TABULAR,
              "expected a tabular expression",
              argument.span()));
      return Row.OPEN;
    }
    return tabular.bind(argument, cx.scope());
  }

  private boolean checkCount(Expr.Call call, String name, int min, int max) {
    int count = call.arguments().size();
    if (count >= min && count <= max) {
      return true;
    }
    String expected;
    if (min == max) {
      expected = min + (min == 1 ? " argument" : " arguments");
    } else if (max == FunctionSignature.VARIADIC) {
      expected = "at least " + min + (min == 1 ? " argument" : " arguments");
    } else {
      expected = min + " to " + max + " arguments";
    }
    bindings.report(
        error(
            BinderDiagnostics.ARGUMENT_COUNT,
            "function '" + name + "' expects " + expected + ", got " + count,
            call.function().span()));
    return false;
  }

  private void checkKind(Expr.Call call, String name, int index, ArgumentKind kind, KqlType type) {
    Expr argument = call.arguments().get(index);
    if (argument instanceof Expr.Star) {
      if (kind != ArgumentKind.STAR_OR_ANY) {
        bindings.report(
            error(
                BinderDiagnostics.ARGUMENT_TYPE,
                "function '" + name + "' does not accept '*' as argument " + (index + 1),
                argument.span()));
      }
      return;
    }
    if (argument instanceof Expr.Binary b && b.op() == Expr.BinaryOp.ASSIGN) {
      return;
    }
    if (!kind.accepts(type)) {
      bindings.report(
          error(
              BinderDiagnostics.ARGUMENT_TYPE,
              "function '"
                  + name
                  + "' expects "
                  + kind.description()
                  + " as argument "
                  + (index + 1)
                  + ", got "
                  + type.kqlName(),
              argument.span()));
    }
  }

  /** The call a bare function name stands for ({@code let f = () {…}; f}); not part of the tree. */
  static Expr.Call implicitCall(Expr.Name name) {
    return new Expr.Call(name.identifier(), List.of(), name.span());
  }

  /**
   * Binds a call of a user function: its parameters get the arguments' types (tabular ones the
   * arguments' rows), then its body is bound. {@code input} is the piped row of {@code invoke}.
   */
  StatementBinder.Result bindUser(Expr.Call call, UserFunction function, Context cx, Row input) {
    bindings.functions.put(call, new FunctionSymbol.User(function.let(), function.function()));
    List<FunctionParam> params = function.function().parameters();
    int offset = input == null ? 0 : 1;
    int provided = call.arguments().size() + offset;
    int required = (int) params.stream().filter(p -> p.defaultValue().isEmpty()).count();
    if (provided < required || provided > params.size()) {
      checkCount(call, call.name(), required - offset, params.size() - offset);
    }
    Scope scope = function.definitionScope();
    for (int i = 0; i < params.size(); i++) {
      FunctionParam param = params.get(i);
      int argumentIndex = i - offset;
      Expr argument =
          argumentIndex >= 0 && argumentIndex < call.arguments().size()
              ? call.arguments().get(argumentIndex)
              : null;
      if (param.tabular()) {
        Row row;
        if (i == 0 && input != null) {
          row = input;
        } else if (argument != null) {
          row = bindTabularArgument(argument, cx);
        } else {
          row = StatementBinder.declaredRow(param);
        }
        scope =
            scope.with(
                param.name().name(),
                Entry.tabular(new Symbol.Parameter(param, KqlType.UNKNOWN, row.schema()), row));
      } else {
        KqlType type = KqlType.UNKNOWN;
        if (argument != null) {
          type = expressions.bind(argument, cx);
        } else if (param.defaultValue().isPresent()) {
          type = expressions.bind(param.defaultValue().get(), Context.row(scope, Row.EMPTY));
        }
        Optional<KqlType> declared = param.typeName().flatMap(t -> KqlType.fromName(t.name()));
        if (declared.isPresent()) {
          type = declared.get();
        }
        scope =
            scope.with(param.name().name(), Entry.scalar(new Symbol.Parameter(param, type), type));
      }
    }
    for (int i = params.size() - offset; i < call.arguments().size(); i++) {
      if (i >= 0) {
        expressions.bind(call.arguments().get(i), cx);
      }
    }
    if (bindings.callDepth >= MAX_CALL_DEPTH) {
      return StatementBinder.Result.unknown();
    }
    bindings.callDepth++;
    try {
      return statements.bindBody(function.function().body(), scope);
    } finally {
      bindings.callDepth--;
    }
  }
}
