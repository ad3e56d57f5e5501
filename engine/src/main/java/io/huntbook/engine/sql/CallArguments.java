package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arguments of one call, lowered on demand in the forms a translation asks for. */
record CallArguments(ExpressionLowering expressions, Expr.Call call, Relation input) {

  int count() {
    return call.arguments().size();
  }

  Expr expr(int index) {
    return call.arguments().get(index);
  }

  String sql(int index) {
    return expressions.lower(expr(index), input);
  }

  KqlType type(int index) {
    return expressions.typeOf(expr(index));
  }

  /** The call's own result type. */
  KqlType resultType() {
    return expressions.typeOf(call);
  }

  String text(int index) {
    return expressions.text(expr(index), input);
  }

  String dynamic(int index) {
    return expressions.dynamic(expr(index), input);
  }

  String as(int index, KqlType type) {
    return expressions.as(expr(index), type, input);
  }

  /** The argument when it is a string literal (a format, a part name, a type name). */
  Optional<String> literalText(int index) {
    if (index < count()
        && expr(index) instanceof Expr.Literal literal
        && literal.value() instanceof String s) {
      return Optional.of(s);
    }
    if (index < count() && expr(index) instanceof Expr.Name name) {
      return Optional.of(name.name());
    }
    return Optional.empty();
  }

  /** An integer argument DuckDB needs as a constant INTEGER (a regex group, a digit count). */
  String integer(int index) {
    if (expr(index) instanceof Expr.Literal literal && literal.value() instanceof Number n) {
      return Integer.toString(n.intValue());
    }
    return "CAST(" + sql(index) + " AS INTEGER)";
  }

  List<String> all() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count(); i++) {
      out.add(sql(i));
    }
    return out;
  }

  LoweringException unsupported(String why) {
    return new LoweringException(call.name() + ": " + why, call.span());
  }

  String string(String value) {
    return expressions.context().dialect.string(value);
  }
}
