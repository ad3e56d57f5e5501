package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.JoinCondition;
import java.util.List;

/**
 * Reads a join's {@code on} expressions as equalities: {@code Key}, {@code $left.A == $right.B}
 * (either order), several joined by {@code and}.
 */
final class JoinConditions {
  private JoinConditions() {}

  static void flatten(Expr condition, List<JoinCondition> out, TokenStream tokens) {
    switch (condition) {
      case Expr.Name name ->
          out.add(new JoinCondition(name.identifier(), name.identifier(), name.span()));
      case Expr.Binary binary when binary.op() == BinaryOp.AND -> {
        flatten(binary.left(), out, tokens);
        flatten(binary.right(), out, tokens);
      }
      case Expr.Binary binary when binary.op() == BinaryOp.EQUAL -> {
        Identifier left = side(binary.left(), "$left");
        Identifier right = side(binary.right(), "$right");
        if (left == null || right == null) {
          left = side(binary.right(), "$left");
          right = side(binary.left(), "$right");
        }
        if (left == null || right == null) {
          tokens.report(DiagnosticCatalog.invalidJoinCondition(condition.span()));
        } else {
          out.add(new JoinCondition(left, right, binary.span()));
        }
      }
      case Expr.Missing missing -> {}
      default -> tokens.report(DiagnosticCatalog.invalidJoinCondition(condition.span()));
    }
  }

  /** The column of {@code $left.Column} (for {@code side} "$left"), else null. */
  private static Identifier side(Expr expr, String side) {
    if (expr instanceof Expr.Member member
        && member.target() instanceof Expr.Name name
        && name.name().equals(side)) {
      return member.member();
    }
    return null;
  }
}
