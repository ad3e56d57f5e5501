package io.huntbook.kql.binder;

import io.huntbook.kql.binder.Scope.Entry;
import io.huntbook.kql.binder.Scope.UserFunction;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds let statements and statement lists (a script, a function body). */
final class StatementBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;
  private final TabularBinder tabular;

  StatementBinder(Bindings bindings, ExpressionBinder expressions, TabularBinder tabular) {
    this.bindings = bindings;
    this.expressions = expressions;
    this.tabular = tabular;
  }

  /** The value of a statement list: a table (its row) or a scalar (its type). */
  record Result(boolean tabular, Row row, KqlType type) {
    static Result unknown() {
      return new Result(false, Row.OPEN, KqlType.UNKNOWN);
    }
  }

  Scope bindLet(Statement.Let let, Scope scope) {
    Expr value = let.value();
    String name = let.name().name();
    if (value instanceof Expr.Function function) {
      Symbol.Let symbol = new Symbol.Let(let, Optional.empty(), Optional.empty());
      UserFunction user = new UserFunction(let, function, scope);
      bindDefinition(user);
      return scope.with(name, Entry.function(symbol, user));
    }
    if (tabular.isTabular(value, scope)) {
      Row row = tabular.bind(value, scope);
      return scope.with(
          name, Entry.tabular(new Symbol.Let(let, Optional.empty(), row.schema()), row));
    }
    KqlType type = expressions.bind(value, Context.row(scope, Row.EMPTY));
    return scope.with(
        name, Entry.scalar(new Symbol.Let(let, Optional.of(type), Optional.empty()), type));
  }

  Result bindBody(List<Statement> body, Scope scope) {
    Result result = Result.unknown();
    for (Statement statement : body) {
      switch (statement) {
        case Statement.Let let -> scope = bindLet(let, scope);
        case Statement.Query query -> result = bindValue(query.expr(), scope);
        case Statement.Set ignored -> {}
        case Statement.Ignored ignored -> {}
      }
    }
    return result;
  }

  Result bindValue(Expr expr, Scope scope) {
    if (tabular.isTabular(expr, scope)) {
      return new Result(true, tabular.bind(expr, scope), KqlType.UNKNOWN);
    }
    return new Result(false, Row.OPEN, expressions.bind(expr, Context.row(scope, Row.EMPTY)));
  }

  /**
   * Binds a function body once where it is defined, with the declared parameter types, so errors in
   * a function nobody calls are still reported.
   */
  private void bindDefinition(UserFunction user) {
    Scope scope = user.definitionScope();
    for (FunctionParam param : user.function().parameters()) {
      if (param.tabular()) {
        Row row = declaredRow(param);
        scope =
            scope.with(
                param.name().name(),
                Entry.tabular(new Symbol.Parameter(param, KqlType.UNKNOWN, row.schema()), row));
      } else {
        KqlType type =
            param.typeName().flatMap(t -> KqlType.fromName(t.name())).orElse(KqlType.UNKNOWN);
        scope =
            scope.with(param.name().name(), Entry.scalar(new Symbol.Parameter(param, type), type));
      }
    }
    bindings.callDepth++;
    try {
      bindBody(user.function().body(), scope);
    } finally {
      bindings.callDepth--;
    }
  }

  /** The row a tabular parameter declares; open when it lists {@code *} or nothing. */
  static Row declaredRow(FunctionParam param) {
    List<ColumnSchema> columns = new ArrayList<>();
    boolean open = param.tabularColumns().isEmpty();
    for (ColumnDecl column : param.tabularColumns()) {
      if (column.name().name().equals("*")) {
        open = true;
        continue;
      }
      columns.add(
          new ColumnSchema(
              column.name().name(),
              KqlType.fromName(column.typeName().name()).orElse(KqlType.UNKNOWN)));
    }
    return new Row(columns, open);
  }
}
