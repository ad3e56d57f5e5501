package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Scope.Entry;
import io.huntbook.kql.binder.Scope.UserFunction;
import io.huntbook.kql.functions.FunctionCatalog;
import io.huntbook.kql.functions.FunctionSignature;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds tabular expressions: the sources of a pipe (tables, let names, datatable, print, range,
 * union, materialize, tabular user functions) and each pipe stage, recording the row schema of
 * every tabular node.
 */
final class TabularBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;
  private final CallBinder calls;
  private final OperatorBinder operators;
  private final JoinBinder joins;

  TabularBinder(Bindings bindings, ExpressionBinder expressions, CallBinder calls) {
    this.bindings = bindings;
    this.expressions = expressions;
    this.calls = calls;
    this.joins = new JoinBinder(bindings, this);
    this.operators = new OperatorBinder(bindings, expressions, calls, this, joins);
  }

  /** Whether an expression denotes a table (decided from syntax and the names in scope). */
  boolean isTabular(Expr expr, Scope scope) {
    return switch (expr) {
      case Expr.Pipe ignored -> true;
      case Expr.DataTable ignored -> true;
      case Expr.Print ignored -> true;
      case Expr.Range ignored -> true;
      case Expr.Union ignored -> true;
      case Expr.UnsupportedSource ignored -> true;
      case Expr.Parenthesized p -> isTabular(p.inner(), scope);
      case Expr.Name name -> {
        Optional<Entry> entry = scope.lookup(name.name());
        if (entry.isPresent()) {
          Entry e = entry.get();
          yield e.kind() == Entry.Kind.TABULAR
              || (e.kind() == Entry.Kind.FUNCTION && returnsTable(e.function()));
        }
        yield bindings.catalog.table(name.name()).isPresent()
            || bindings.asNames.containsKey(name.name())
            || name.name().contains("*");
      }
      case Expr.Call call -> {
        if (call.name().equals("materialize")) {
          yield true;
        }
        Optional<Entry> entry =
            scope.lookup(call.name()).filter(e -> e.kind() == Entry.Kind.FUNCTION);
        yield entry.isPresent() && returnsTable(entry.get().function());
      }
      default -> false;
    };
  }

  /** Whether a user function's body ends in a tabular expression. */
  private boolean returnsTable(UserFunction function) {
    Scope scope = function.definitionScope();
    for (FunctionParam param : function.function().parameters()) {
      scope =
          scope.with(
              param.name().name(),
              param.tabular()
                  ? Entry.tabular(null, Row.OPEN)
                  : Entry.scalar(null, KqlType.UNKNOWN));
    }
    boolean tabular = false;
    for (Statement statement : function.function().body()) {
      if (statement instanceof Statement.Let let) {
        boolean letTabular = isTabular(let.value(), scope);
        scope =
            scope.with(
                let.name().name(),
                letTabular ? Entry.tabular(null, Row.OPEN) : Entry.scalar(null, KqlType.UNKNOWN));
      } else if (statement instanceof Statement.Query query) {
        tabular = isTabular(query.expr(), scope);
      }
    }
    return tabular;
  }

  Row bind(Expr expr, Scope scope) {
    Row row =
        switch (expr) {
          case Expr.Pipe pipe -> {
            Row input = bind(pipe.source(), scope);
            if (!input.open()) {
              bindings.inputSchemas.put(pipe.operator(), input.columns());
            } else {
              bindings.inputSchemas.remove(pipe.operator());
            }
            yield operators.bind(pipe.operator(), input, scope);
          }
          case Expr.Name name -> bindName(name, scope);
          case Expr.DataTable table -> bindDataTable(table, scope);
          case Expr.Print print -> bindPrint(print, scope);
          case Expr.Range range -> bindRange(range, scope);
          case Expr.Union union -> joins.bindUnion(union.options(), union.tables(), null, scope);
          case Expr.Call call -> bindCall(call, scope);
          case Expr.Parenthesized p -> bind(p.inner(), scope);
          case Expr.UnsupportedSource source -> {
            bindings.report(
                BinderDiagnostics.unsupported("operator", source.keyword(), source.span()));
            yield Row.OPEN;
          }
          case Expr.Missing ignored -> Row.OPEN;
          default -> {
            expressions.bind(expr, Context.row(scope, Row.EMPTY));
            bindings.report(
                error(
                    BinderDiagnostics.EXPECTED_TABULAR,
                    "expected a table here, found a scalar expression",
                    expr.span()));
            yield Row.OPEN;
          }
        };
    return bindings.schema(expr, row);
  }

  private Row bindName(Expr.Name name, Scope scope) {
    String text = name.name();
    Optional<Entry> entry = scope.lookup(text);
    if (entry.isPresent()) {
      Entry e = entry.get();
      if (e.symbol() != null) {
        bindings.symbols.put(name, e.symbol());
      }
      return switch (e.kind()) {
        case TABULAR -> e.row();
        case SCALAR -> {
          bindings.report(
              error(
                  BinderDiagnostics.EXPECTED_TABULAR,
                  "'" + text + "' is a scalar, not a table",
                  name.span()));
          yield Row.OPEN;
        }
        case FUNCTION -> {
          // A function without parameters may be named without parentheses.
          StatementBinder.Result result =
              calls.bindUser(
                  CallBinder.implicitCall(name), e.function(), Context.row(scope, Row.EMPTY), null);
          if (!result.tabular()) {
            bindings.report(
                error(
                    BinderDiagnostics.EXPECTED_TABULAR,
                    "function '" + text + "' returns a scalar, not a table",
                    name.span()));
            yield Row.OPEN;
          }
          yield result.row();
        }
      };
    }
    Row named = bindings.asNames.get(text);
    if (named != null) {
      return named;
    }
    Optional<TableSchema> table = bindings.catalog.table(text);
    if (table.isPresent()) {
      bindings.symbols.put(name, new Symbol.Table(table.get()));
      return Row.of(table.get().columns());
    }
    List<String> candidates = new ArrayList<>(scope.names(Entry.Kind.TABULAR));
    bindings.catalog.tables().forEach(t -> candidates.add(t.name()));
    bindings.report(
        BinderDiagnostics.unknown(
            BinderDiagnostics.UNKNOWN_TABLE,
            "table",
            text,
            Suggestions.closest(text, candidates),
            name.span()));
    return Row.OPEN;
  }

  private Row bindDataTable(Expr.DataTable table, Scope scope) {
    List<ColumnSchema> columns = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    for (ColumnDecl column : table.columns()) {
      if (unique.taken(column.name().name())) {
        bindings.report(
            error(
                BinderDiagnostics.DUPLICATE_COLUMN,
                "column '" + column.name().name() + "' is declared twice",
                column.name().span()));
      }
      unique.add(column.name().name());
      columns.add(new ColumnSchema(column.name().name(), declaredType(column)));
    }
    Context cx = Context.row(scope, Row.EMPTY);
    for (Expr value : table.values()) {
      expressions.bind(value, cx);
    }
    if (!columns.isEmpty() && table.values().size() % columns.size() != 0) {
      bindings.report(
          error(
              BinderDiagnostics.ARGUMENT_COUNT,
              "datatable has "
                  + table.values().size()
                  + " values, not a multiple of its "
                  + columns.size()
                  + " columns",
              table.span()));
    }
    return Row.of(columns);
  }

  /** The type a {@code name:type} declaration names (the parser reported an unknown one). */
  KqlType declaredType(ColumnDecl column) {
    return KqlType.fromName(column.typeName().name()).orElse(KqlType.UNKNOWN);
  }

  private Row bindPrint(Expr.Print print, Scope scope) {
    Context cx = Context.row(scope, Row.EMPTY);
    ColumnNames.Unique unique = new ColumnNames.Unique();
    List<ColumnSchema> columns = new ArrayList<>();
    for (int i = 0; i < print.columns().size(); i++) {
      NamedExpr column = print.columns().get(i);
      KqlType type = expressions.bind(column.expr(), cx);
      String name =
          column.names().isEmpty()
              ? ColumnNames.derived(column.expr()).orElse("print_" + i)
              : column.names().getFirst().name();
      name = unique.claim(name);
      bindings.outputNames.put(column, List.of(name));
      columns.add(new ColumnSchema(name, type));
    }
    return Row.of(columns);
  }

  private Row bindRange(Expr.Range range, Scope scope) {
    Context cx = Context.row(scope, Row.EMPTY);
    KqlType from = expressions.bind(range.from(), cx);
    KqlType to = expressions.bind(range.to(), cx);
    expressions.bind(range.step(), cx);
    KqlType type = from == KqlType.UNKNOWN ? to : from;
    if (type == KqlType.INT || type == KqlType.BOOL) {
      type = KqlType.LONG;
    } else if (from.isNumeric() && to.isNumeric()) {
      type = io.huntbook.kql.functions.TypeRules.promote(from, to);
      type = type == KqlType.INT ? KqlType.LONG : type;
    }
    return Row.of(List.of(new ColumnSchema(range.column().name(), type))).asSerialized();
  }

  private Row bindCall(Expr.Call call, Scope scope) {
    Context cx = Context.row(scope, Row.EMPTY);
    if (call.name().equals("materialize")) {
      FunctionCatalog.lookup("materialize")
          .ifPresent(f -> bindings.functions.put(call, new FunctionSymbol.Builtin(f)));
      if (call.arguments().size() != 1) {
        bindings.report(
            error(
                BinderDiagnostics.ARGUMENT_COUNT,
                "function 'materialize' expects 1 argument, got " + call.arguments().size(),
                call.function().span()));
        return Row.OPEN;
      }
      Expr argument = call.arguments().getFirst();
      if (!isTabular(argument, scope)) {
        expressions.bind(argument, cx);
        bindings.report(
            error(
                BinderDiagnostics.EXPECTED_TABULAR,
                "materialize expects a tabular expression",
                argument.span()));
        return Row.OPEN;
      }
      return bind(argument, scope);
    }
    Optional<Entry> user = scope.lookup(call.name()).filter(e -> e.kind() == Entry.Kind.FUNCTION);
    if (user.isPresent()) {
      StatementBinder.Result result = calls.bindUser(call, user.get().function(), cx, null);
      if (!result.tabular()) {
        bindings.report(
            error(
                BinderDiagnostics.EXPECTED_TABULAR,
                "function '" + call.name() + "' returns a scalar, not a table",
                call.function().span()));
        return Row.OPEN;
      }
      return result.row();
    }
    Optional<FunctionSignature> builtin = FunctionCatalog.lookup(call.name());
    expressions.bind(call, cx);
    if (builtin.isPresent() || io.huntbook.kql.functions.AggregateCatalog.contains(call.name())) {
      bindings.report(
          error(
              BinderDiagnostics.EXPECTED_TABULAR,
              "function '" + call.name() + "' returns a scalar, not a table",
              call.function().span()));
    }
    return Row.OPEN;
  }
}
