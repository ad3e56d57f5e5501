package io.huntbook.engine.sql;

import io.huntbook.kql.binder.FunctionSymbol;
import io.huntbook.kql.binder.Symbol;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers scalar expressions to DuckDB SQL with KQL's semantics: strings are never null, string
 * operators are case-insensitive unless {@code _cs}, {@code has} matches terms, integer division
 * truncates, datetimes and timespans follow the storage mapping, and dynamic values are JSON where
 * a missing member is null.
 */
final class ExpressionLowering {
  private final LoweringContext context;

  ExpressionLowering(LoweringContext context) {
    this.context = context;
  }

  KqlType typeOf(Expr expr) {
    return context.bound.typeOf(expr);
  }

  /** An expression evaluated on the rows of {@code input}. */
  String lower(Expr expr, Relation input) {
    SqlDialect dialect = context.dialect;
    return switch (expr) {
      case Expr.Literal literal -> dialect.literal(literal.type(), literal.value());
      case Expr.DynamicLiteral dynamic -> dialect.json(dynamic.json());
      case Expr.Name name -> name(name, input);
      case Expr.Star star -> "*";
      case Expr.Unary unary ->
          switch (unary.op()) {
            case NEGATE -> "(-" + lower(unary.operand(), input) + ")";
            case PLUS -> lower(unary.operand(), input);
            case NOT -> "(NOT " + lower(unary.operand(), input) + ")";
          };
      case Expr.Binary binary -> binary(binary, input);
      case Expr.In in -> SetMembership.lower(this, in, input);
      case Expr.Between between -> between(between, input);
      case Expr.Call call -> call(call, input);
      case Expr.Member member -> member(member, input);
      case Expr.Index index -> index(index, input);
      case Expr.Parenthesized parenthesized -> "(" + lower(parenthesized.inner(), input) + ")";
      case Expr.Pipe pipe -> scalarSubquery(pipe);
      case Expr.DataTable t -> scalarSubquery(t);
      case Expr.Print t -> scalarSubquery(t);
      case Expr.Range t -> scalarSubquery(t);
      case Expr.Union t -> scalarSubquery(t);
      case Expr.Function function ->
          throw new LoweringException("a function value cannot be used here", function.span());
      case Expr.UnsupportedSource source ->
          throw new LoweringException(source.keyword() + " is not supported", source.span());
      case Expr.Missing missing ->
          throw new LoweringException("missing expression", missing.span());
    };
  }

  /** The value converted to KQL text (for string operators, strcat and the like). */
  String text(Expr expr, Relation input) {
    if (expr instanceof Expr.Literal literal && literal.type() == KqlType.STRING) {
      return lower(expr, input);
    }
    // Stored and lowered string columns are never null, so they need no coalesce.
    if (expr instanceof Expr.Name name
        && typeOf(expr) == KqlType.STRING
        && context.bound.symbolOf(name).orElse(null) instanceof Symbol.Column) {
      return lower(expr, input);
    }
    return Conversions.toText(lower(expr, input), typeOf(expr));
  }

  /** The value as dynamic JSON. */
  String dynamic(Expr expr, Relation input) {
    return Conversions.toDynamic(lower(expr, input), typeOf(expr));
  }

  /** The value converted to a type. */
  String as(Expr expr, KqlType type, Relation input) {
    return Conversions.convert(lower(expr, input), typeOf(expr), type);
  }

  private String scalarSubquery(Expr tabular) {
    Relation relation = context.tabular.lower(tabular);
    String column =
        relation.columns().isEmpty()
            ? "NULL"
            : context.dialect.identifier(relation.columns().get(0).name());
    return "(SELECT " + column + " FROM " + relation.name() + " LIMIT 1)";
  }

  private String name(Expr.Name name, Relation input) {
    Optional<Symbol> symbol = context.bound.symbolOf(name);
    if (symbol.isPresent()) {
      switch (symbol.get()) {
        case Symbol.Column column -> {
          return context.dialect.identifier(column.name());
        }
        case Symbol.Let let -> {
          Optional<LoweringContext.LetValue> value = context.let(let.let());
          if (value.isPresent() && value.get() instanceof LoweringContext.LetValue.Scalar s) {
            return s.sql();
          }
          if (value.isPresent() && value.get() instanceof LoweringContext.LetValue.Tabular t) {
            return scalarOf(t.relation());
          }
        }
        case Symbol.Parameter parameter -> {
          Optional<LoweringContext.LetValue> value = context.parameter(parameter.name());
          if (value.isPresent() && value.get() instanceof LoweringContext.LetValue.Scalar s) {
            return s.sql();
          }
        }
        case Symbol.Table table -> {
          return scalarOf(context.tabular.lower(name));
        }
      }
    }
    Optional<LoweringContext.LetValue> parameter = context.parameter(name.name());
    if (parameter.isPresent() && parameter.get() instanceof LoweringContext.LetValue.Scalar s) {
      return s.sql();
    }
    return context.dialect.identifier(name.name());
  }

  private String scalarOf(Relation relation) {
    String column =
        relation.columns().isEmpty()
            ? "NULL"
            : context.dialect.identifier(relation.columns().get(0).name());
    return "(SELECT " + column + " FROM " + relation.name() + " LIMIT 1)";
  }

  private String between(Expr.Between between, Relation input) {
    KqlType valueType = typeOf(between.value());
    String value = lower(between.value(), input);
    String low = lower(between.low(), input);
    String high = lower(between.high(), input);
    if (valueType == KqlType.DATETIME && typeOf(between.high()) == KqlType.TIMESPAN) {
      high = "kql_datetime_add_ticks(" + low + ", " + high + ")";
    }
    if (valueType == KqlType.DYNAMIC) {
      KqlType target = typeOf(between.low());
      value = Conversions.convert(value, valueType, target);
    }
    String test = "(" + value + " BETWEEN " + low + " AND " + high + ")";
    return between.negated() ? "(NOT " + test + ")" : test;
  }

  private String member(Expr.Member member, Relation input) {
    Optional<String> stepColumn = context.bound.stepColumnOf(member);
    if (stepColumn.isPresent()) {
      return ScanLowering.state(context.dialect, stepColumn.get());
    }
    String target = lower(member.target(), input);
    return "json_extract("
        + asJson(target, typeOf(member.target()))
        + ", "
        + context.dialect.string(pointer(member.member().name()))
        + ")";
  }

  private String index(Expr.Index index, Relation input) {
    String target = asJson(lower(index.target(), input), typeOf(index.target()));
    Expr key = index.index();
    if (key instanceof Expr.Literal literal && literal.value() instanceof String s) {
      return "json_extract(" + target + ", " + context.dialect.string(pointer(s)) + ")";
    }
    if (key instanceof Expr.Literal literal && literal.value() instanceof Number n) {
      long position = n.longValue();
      String path = position < 0 ? "$[#" + position + "]" : "$[" + position + "]";
      return "json_extract(" + target + ", " + context.dialect.string(path) + ")";
    }
    if (typeOf(key) == KqlType.STRING) {
      return "kql_json_member(" + target + ", " + lower(key, input) + ")";
    }
    return "kql_json_index(" + target + ", " + lower(key, input) + ")";
  }

  private static String asJson(String sql, KqlType type) {
    return type == KqlType.STRING ? "kql_parse_json(" + sql + ")" : sql;
  }

  /** A JSON pointer to one member: {@code ~} and {@code /} escaped as RFC 6901 says. */
  static String pointer(String member) {
    return "/" + member.replace("~", "~0").replace("/", "~1");
  }

  private String call(Expr.Call call, Relation input) {
    Optional<FunctionSymbol> function = context.bound.functionOf(call);
    if (function.isPresent()) {
      switch (function.get()) {
        case FunctionSymbol.User user -> {
          return context.tabular.inlineScalar(user, call, input);
        }
        case FunctionSymbol.Aggregate aggregate -> {
          return AggregateTranslations.lower(this, call, input);
        }
        case FunctionSymbol.Builtin builtin -> {
          return ScalarFunctionCatalog.lower(this, call, input);
        }
      }
    }
    return ScalarFunctionCatalog.lower(this, call, input);
  }

  LoweringContext context() {
    return context;
  }

  private String binary(Expr.Binary binary, Relation input) {
    BinaryOp op = binary.op();
    Expr left = binary.left();
    Expr right = binary.right();
    KqlType leftType = typeOf(left);
    KqlType rightType = typeOf(right);
    return switch (op) {
      case AND -> "(" + lower(left, input) + " AND " + lower(right, input) + ")";
      case OR -> "(" + lower(left, input) + " OR " + lower(right, input) + ")";
      case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO ->
          Arithmetic.lower(op, lower(left, input), leftType, lower(right, input), rightType);
      case EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL ->
          comparison(op, left, right, input);
      case EQUAL_CI -> "(lower(" + text(left, input) + ") = lower(" + text(right, input) + "))";
      case NOT_EQUAL_CI ->
          "(lower(" + text(left, input) + ") <> lower(" + text(right, input) + "))";
      case MATCHES_REGEX -> "regexp_matches(" + text(left, input) + ", " + text(right, input) + ")";
      case ASSIGN ->
          throw new LoweringException("a named argument cannot be used here", binary.span());
      default -> {
        if (left instanceof Expr.Star) {
          yield anyColumn(op, text(right, input), input);
        }
        yield StringOperators.lower(op, text(left, input), text(right, input));
      }
    };
  }

  /** {@code * has "x"}: the operator holds for some column of the row. */
  private String anyColumn(BinaryOp op, String right, Relation input) {
    List<String> tests = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      String value = Conversions.toText(context.dialect.identifier(column.name()), column.type());
      tests.add(StringOperators.lower(op, value, right));
    }
    return tests.isEmpty() ? "FALSE" : "(" + String.join(" OR ", tests) + ")";
  }

  private String comparison(BinaryOp op, Expr left, Expr right, Relation input) {
    KqlType leftType = typeOf(left);
    KqlType rightType = typeOf(right);
    String l = lower(left, input);
    String r = lower(right, input);
    String symbol =
        switch (op) {
          // Kusto: a null equals nothing (not even null), so null == 0 is false and null != 0
          // holds.
          case EQUAL -> "=";
          case NOT_EQUAL -> "IS DISTINCT FROM";
          case LESS -> "<";
          case LESS_EQUAL -> "<=";
          case GREATER -> ">";
          default -> ">=";
        };
    boolean leftDynamic = leftType == KqlType.DYNAMIC;
    boolean rightDynamic = rightType == KqlType.DYNAMIC;
    if (leftDynamic && rightDynamic) {
      l = "CAST(" + l + " AS VARCHAR)";
      r = "CAST(" + r + " AS VARCHAR)";
    } else if (leftDynamic && rightType != KqlType.UNKNOWN) {
      l = Conversions.convert(l, leftType, comparable(rightType));
      r = Conversions.convert(r, rightType, comparable(rightType));
    } else if (rightDynamic && leftType != KqlType.UNKNOWN) {
      r = Conversions.convert(r, rightType, comparable(leftType));
      l = Conversions.convert(l, leftType, comparable(leftType));
    } else if (leftType == KqlType.STRING || rightType == KqlType.STRING) {
      if (leftType != rightType && leftType != KqlType.UNKNOWN && rightType != KqlType.UNKNOWN) {
        KqlType other = leftType == KqlType.STRING ? rightType : leftType;
        if (leftType == KqlType.STRING) {
          l = Conversions.convert(l, KqlType.STRING, other);
        } else {
          r = Conversions.convert(r, KqlType.STRING, other);
        }
      }
    } else if (leftType == KqlType.BOOL && rightType.isNumeric()) {
      l = "CAST(" + l + " AS INTEGER)";
    } else if (rightType == KqlType.BOOL && leftType.isNumeric()) {
      r = "CAST(" + r + " AS INTEGER)";
    }
    String compared =
        op == BinaryOp.EQUAL
            ? "coalesce(" + l + " = " + r + ", FALSE)"
            : "(" + l + " " + symbol + " " + r + ")";
    if ((leftType == KqlType.REAL || rightType == KqlType.REAL)
        && (op == BinaryOp.EQUAL || op == BinaryOp.NOT_EQUAL)) {
      // NaN equals nothing, itself included; DuckDB holds NaN = NaN.
      String nan = "coalesce(isnan(CAST(" + l + " AS DOUBLE)), FALSE)";
      return op == BinaryOp.EQUAL
          ? "(" + compared + " AND NOT " + nan + ")"
          : "(" + compared + " OR " + nan + ")";
    }
    return compared;
  }

  /** Numbers compare as reals against a dynamic value, so 1 == 1.0. */
  private static KqlType comparable(KqlType type) {
    return type.isNumeric() ? KqlType.REAL : type;
  }

  /** The SQL of each argument, in order. */
  List<String> arguments(List<Expr> arguments, Relation input) {
    List<String> out = new ArrayList<>();
    for (Expr argument : arguments) {
      out.add(lower(argument, input));
    }
    return out;
  }

  /** The columns of {@code input} as SQL identifiers. */
  List<String> columns(Relation input) {
    List<String> out = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      out.add(context.dialect.identifier(column.name()));
    }
    return out;
  }
}
