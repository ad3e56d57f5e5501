package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * search: the predicate is {@code and}, {@code or}, {@code not(…)} and parentheses over terms and
 * bool expressions; a term is a string or number literal, matched against the row's columns. The
 * output is a {@code $table} column naming the source, then the input's columns.
 */
final class SearchBinder {
  /** The column search puts first. */
  static final String TABLE_COLUMN = "$table";

  private final Bindings bindings;
  private final ExpressionBinder expressions;

  SearchBinder(Bindings bindings, ExpressionBinder expressions) {
    this.bindings = bindings;
    this.expressions = expressions;
  }

  Row bind(Operator.Search search, Row in, Scope scope) {
    for (OptionAssign option : search.options()) {
      boolean known =
          option.value() instanceof Expr.Name name
              && (name.name().equals("case_sensitive") || name.name().equals("case_insensitive"));
      if (option.name().name().equals("kind") && !known) {
        bindings.report(
            error(
                BinderDiagnostics.BAD_OPTION,
                "search kind must be 'case_sensitive' or 'case_insensitive'",
                option.value().span()));
      }
    }
    predicate(search.predicate(), Context.row(scope, in));
    // Over tables (search in (…) or a search of every table) the union already names them.
    if (in.find(TABLE_COLUMN).isPresent()) {
      return new Row(in.columns(), in.open());
    }
    List<ColumnSchema> out = new ArrayList<>();
    out.add(new ColumnSchema(TABLE_COLUMN, KqlType.STRING));
    out.addAll(in.columns());
    return new Row(out, in.open());
  }

  /** Whether a predicate part is a term: a literal matched against the columns. */
  static boolean isTerm(Expr expr) {
    return expr instanceof Expr.Literal literal
        && literal.value() != null
        && (literal.type() == KqlType.STRING || literal.type().isNumeric());
  }

  /** Whether a predicate part is {@code not(part)}. */
  static boolean isNegation(Expr expr) {
    return expr instanceof Expr.Call call
        && call.name().equals("not")
        && call.arguments().size() == 1;
  }

  private void predicate(Expr expr, Context cx) {
    if (isTerm(expr)) {
      bindings.type(expr, ((Expr.Literal) expr).type());
      return;
    }
    switch (expr) {
      case Expr.Binary binary
          when binary.op() == Expr.BinaryOp.AND || binary.op() == Expr.BinaryOp.OR -> {
        predicate(binary.left(), cx);
        predicate(binary.right(), cx);
        bindings.type(expr, KqlType.BOOL);
      }
      case Expr.Parenthesized parenthesized -> {
        predicate(parenthesized.inner(), cx);
        bindings.type(expr, KqlType.BOOL);
      }
      case Expr.Call call when isNegation(call) -> {
        predicate(call.arguments().getFirst(), cx);
        bindings.type(expr, KqlType.BOOL);
      }
      default -> {
        KqlType type = expressions.bind(expr, cx);
        if (!ArgumentKind.BOOL.accepts(type)) {
          bindings.report(
              error(
                  BinderDiagnostics.NOT_BOOL,
                  "search needs a term or a bool predicate, got " + type.kqlName(),
                  expr.span()));
        }
      }
    }
  }
}
