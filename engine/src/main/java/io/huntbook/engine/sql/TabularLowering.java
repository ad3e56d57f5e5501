package io.huntbook.engine.sql;

import io.huntbook.kql.binder.FunctionSymbol;
import io.huntbook.kql.binder.Symbol;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers tabular expressions — tables, {@code let} names, pipes, {@code datatable}, {@code print},
 * {@code range}, {@code union}, {@code materialize} and calls of user functions — each to a CTE.
 * User functions are inlined with their arguments bound to their parameters.
 */
final class TabularLowering {
  static final Relation NO_ROWS = new Relation("", List.of());

  private final LoweringContext context;
  private final OperatorLowering operators;

  TabularLowering(LoweringContext context) {
    this.context = context;
    this.operators = new OperatorLowering(context);
  }

  Relation lower(Expr expr) {
    return switch (expr) {
      case Expr.Pipe pipe -> operators.apply(lower(pipe.source()), pipe.operator(), pipe);
      case Expr.Name name -> name(name);
      case Expr.DataTable table -> dataTable(table);
      case Expr.Print print -> print(print);
      case Expr.Range range -> range(range);
      case Expr.Union union ->
          SetOperations.union(context, List.of(), union.tables(), union.options(), union);
      case Expr.Parenthesized parenthesized -> lower(parenthesized.inner());
      case Expr.Call call -> call(call);
      default -> throw new LoweringException("this expression is not a table", expr.span());
    };
  }

  /** Runs the statements of a script or function body; returns the final query's relation. */
  Optional<Expr> statements(List<Statement> statements) {
    Optional<Expr> query = Optional.empty();
    for (Statement statement : statements) {
      switch (statement) {
        case Statement.Let let -> let(let);
        case Statement.Query q -> query = Optional.of(q.expr());
        case Statement.Set set -> {}
        case Statement.Ignored ignored -> {}
      }
    }
    return query;
  }

  private void let(Statement.Let let) {
    Expr value = let.value();
    if (value instanceof Expr.Function function) {
      context.bindLet(let, new LoweringContext.LetValue.Function(function));
    } else if (isTabular(value)) {
      context.bindLet(let, new LoweringContext.LetValue.Tabular(lower(value)));
    } else {
      context.bindLet(
          let,
          new LoweringContext.LetValue.Scalar(
              "(" + context.expressions.lower(value, NO_ROWS) + ")"));
    }
  }

  boolean isTabular(Expr value) {
    return context.bound.schemaOf(value).isPresent()
        || value instanceof Expr.Pipe
        || value instanceof Expr.DataTable
        || value instanceof Expr.Range
        || value instanceof Expr.Union
        || value instanceof Expr.Print;
  }

  private List<ColumnSchema> schema(Expr expr) {
    return context
        .bound
        .schemaOf(expr)
        .orElseThrow(
            () -> new LoweringException("the columns of this table are not known", expr.span()));
  }

  private Relation name(Expr.Name name) {
    Optional<Symbol> symbol = context.bound.symbolOf(name);
    if (symbol.isPresent()) {
      switch (symbol.get()) {
        case Symbol.Table table -> {
          return new Relation(
              context.dialect.identifier(table.table().name()), table.table().columns());
        }
        case Symbol.Let let -> {
          Optional<LoweringContext.LetValue> value = context.let(let.let());
          if (value.isPresent() && value.get() instanceof LoweringContext.LetValue.Tabular t) {
            return t.relation();
          }
        }
        case Symbol.Parameter parameter -> {
          Optional<LoweringContext.LetValue> value = context.parameter(parameter.name());
          if (value.isPresent() && value.get() instanceof LoweringContext.LetValue.Tabular t) {
            return t.relation();
          }
        }
        case Symbol.Column column -> {}
      }
    }
    Optional<LoweringContext.LetValue> parameter = context.parameter(name.name());
    if (parameter.isPresent() && parameter.get() instanceof LoweringContext.LetValue.Tabular t) {
      return t.relation();
    }
    throw new LoweringException("unknown table " + name.name(), name.span());
  }

  private Relation call(Expr.Call call) {
    if (call.name().equals("materialize") && call.arguments().size() == 1) {
      return lower(call.arguments().get(0));
    }
    Optional<FunctionSymbol> function = context.bound.functionOf(call);
    if (function.isPresent() && function.get() instanceof FunctionSymbol.User user) {
      return inlineTabular(user, call, NO_ROWS, Optional.empty());
    }
    throw new LoweringException(call.name() + "() is not a table", call.span());
  }

  /** A user function called for a table; {@code piped} is the input of {@code invoke}. */
  Relation inlineTabular(
      FunctionSymbol.User user, Expr.Call call, Relation input, Optional<Relation> piped) {
    Expr body = bind(user, call, input, piped);
    try {
      return lower(body);
    } finally {
      context.popParameters();
    }
  }

  /** A user function called for a scalar, inlined into the calling expression. */
  String inlineScalar(FunctionSymbol.User user, Expr.Call call, Relation input) {
    Expr body = bind(user, call, input, Optional.empty());
    try {
      if (isTabular(body)) {
        Relation relation = lower(body);
        return "(SELECT "
            + context.dialect.identifier(relation.columns().get(0).name())
            + " FROM "
            + relation.name()
            + " LIMIT 1)";
      }
      return "(" + context.expressions.lower(body, input) + ")";
    } finally {
      context.popParameters();
    }
  }

  private Expr bind(
      FunctionSymbol.User user, Expr.Call call, Relation input, Optional<Relation> piped) {
    List<FunctionParam> parameters = user.function().parameters();
    List<Expr> arguments = call.arguments();
    Map<String, LoweringContext.LetValue> values = new HashMap<>();
    int offset = 0;
    if (piped.isPresent() && !parameters.isEmpty()) {
      values.put(
          parameters.get(0).name().name(), new LoweringContext.LetValue.Tabular(piped.get()));
      offset = 1;
    }
    for (int i = offset; i < parameters.size(); i++) {
      FunctionParam parameter = parameters.get(i);
      int argumentIndex = i - offset;
      Optional<Expr> argument =
          argumentIndex < arguments.size()
              ? Optional.of(arguments.get(argumentIndex))
              : parameter.defaultValue();
      if (argument.isEmpty()) {
        values.put(parameter.name().name(), new LoweringContext.LetValue.Scalar("NULL"));
      } else if (parameter.tabular()) {
        values.put(
            parameter.name().name(), new LoweringContext.LetValue.Tabular(lower(argument.get())));
      } else {
        values.put(
            parameter.name().name(),
            new LoweringContext.LetValue.Scalar(
                "(" + context.expressions.lower(argument.get(), input) + ")"));
      }
    }
    context.pushParameters(values);
    Optional<Expr> body = statements(user.function().body());
    if (body.isEmpty()) {
      context.popParameters();
      throw new LoweringException("the function " + user.name() + " has no result", call.span());
    }
    return body.get();
  }

  private Relation dataTable(Expr.DataTable table) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (ColumnDecl column : table.columns()) {
      columns.add(
          new ColumnSchema(
              column.name().name(),
              KqlType.fromName(column.typeName().name()).orElse(KqlType.STRING)));
    }
    List<String> names = new ArrayList<>();
    for (ColumnSchema column : columns) {
      names.add(context.dialect.identifier(column.name()));
    }
    int width = columns.size();
    if (width == 0 || table.values().isEmpty()) {
      List<String> nulls = new ArrayList<>();
      for (ColumnSchema column : columns) {
        nulls.add(
            context.dialect.nullOf(column.type())
                + " AS "
                + context.dialect.identifier(column.name()));
      }
      return context.define("SELECT " + String.join(", ", nulls) + " WHERE FALSE", columns);
    }
    List<String> rows = new ArrayList<>();
    for (int start = 0; start + width <= table.values().size(); start += width) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        Expr value = table.values().get(start + i);
        KqlType type = columns.get(i).type();
        String sql =
            Conversions.convert(
                context.expressions.lower(value, NO_ROWS),
                context.expressions.typeOf(value) == KqlType.UNKNOWN
                    ? literalType(value, type)
                    : context.expressions.typeOf(value),
                type);
        cells.add("CAST(" + sql + " AS " + context.dialect.sqlType(type) + ")");
      }
      rows.add("(" + String.join(", ", cells) + ")");
    }
    return context.define(
        "SELECT * FROM (VALUES "
            + String.join(", ", rows)
            + ") AS t("
            + String.join(", ", names)
            + ")",
        columns);
  }

  private static KqlType literalType(Expr value, KqlType fallback) {
    if (value instanceof Expr.Literal literal) {
      return literal.type();
    }
    if (value instanceof Expr.DynamicLiteral) {
      return KqlType.DYNAMIC;
    }
    return fallback;
  }

  private Relation print(Expr.Print print) {
    List<String> items = new ArrayList<>();
    List<ColumnSchema> columns = new ArrayList<>();
    int position = 0;
    for (NamedExpr column : print.columns()) {
      List<String> names = context.bound.outputNames(column);
      String name = names.isEmpty() ? "print_" + position : names.get(0);
      items.add(
          context.expressions.lower(column.expr(), NO_ROWS)
              + " AS "
              + context.dialect.identifier(name));
      columns.add(new ColumnSchema(name, context.expressions.typeOf(column.expr())));
      position++;
    }
    return context.define(
        "SELECT " + String.join(", ", items), context.bound.schemaOf(print).orElse(columns));
  }

  private Relation range(Expr.Range range) {
    KqlType type = context.expressions.typeOf(range.from());
    String from = context.expressions.lower(range.from(), NO_ROWS);
    String to = context.expressions.lower(range.to(), NO_ROWS);
    String step = context.expressions.lower(range.step(), NO_ROWS);
    String column = context.dialect.identifier(range.column().name());
    String value;
    String count;
    switch (type) {
      case DATETIME -> {
        value = "kql_datetime_add_ticks(" + from + ", i * " + step + ")";
        count = "kql_floor_div(kql_datetime_diff_ticks(" + to + ", " + from + "), " + step + ")";
      }
      case REAL, DECIMAL -> {
        value = "(" + from + " + i * " + step + ")";
        count = "CAST(floor((" + to + " - " + from + ") / " + step + ") AS BIGINT)";
      }
      default -> {
        value = "CAST(" + from + " + i * " + step + " AS BIGINT)";
        count = "kql_floor_div(" + to + " - " + from + ", " + step + ")";
      }
    }
    List<ColumnSchema> columns =
        context
            .bound
            .schemaOf(range)
            .orElse(
                List.of(
                    new ColumnSchema(
                        range.column().name(), type == KqlType.INT ? KqlType.LONG : type)));
    return context.define(
        "SELECT " + value + " AS " + column + " FROM generate_series(0, " + count + ") AS s(i)",
        columns);
  }
}
