package io.huntbook.kql.syntax;

import java.util.Objects;

/**
 * One equality of a join's {@code on} clause: {@code on Key} gives left and right the same name;
 * {@code on $left.A == $right.B} names them apart.
 */
public record JoinCondition(Identifier left, Identifier right, Span span) implements Node {
  public JoinCondition {
    Objects.requireNonNull(left);
    Objects.requireNonNull(right);
  }
}
