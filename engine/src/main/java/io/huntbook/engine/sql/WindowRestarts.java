package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code row_number(start, restart)} and {@code row_cumsum(x, restart)}: the restart predicate
 * usually uses {@code prev()}, a window function itself, and SQL cannot nest windows. So the
 * predicate is computed first, then a running count of restarts numbers the groups, and the call
 * becomes a window over its group.
 */
final class WindowRestarts {
  private WindowRestarts() {}

  /** The staged input, and the row-order column to restore the order by after the windows. */
  record Staged(Relation relation, Optional<String> order) {}

  static Staged stage(LoweringContext context, Relation input, Expr expr) {
    List<Expr.Call> calls = new ArrayList<>();
    collect(expr, calls);
    if (calls.isEmpty()) {
      return new Staged(input, Optional.empty());
    }
    SqlDialect d = context.dialect;
    String order = context.freshName("order");
    List<String> flags = new ArrayList<>();
    List<Optional<String>> segmentFlags = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    StringBuilder first = new StringBuilder("SELECT *, row_number() OVER () AS ");
    first.append(d.identifier(order));
    for (Expr.Call call : calls) {
      String flag = context.freshName("restart");
      flags.add(flag);
      String restart;
      Optional<String> segmentFlag = Optional.empty();
      if (rank(call)) {
        // A rank starts a new run wherever the term differs from the previous row's, and with a
        // restart predicate also where the predicate holds; the predicate's segments are kept.
        String term = context.expressions.lower(call.arguments().get(0), input);
        restart = "(" + term + " IS DISTINCT FROM lag(" + term + ") OVER ())";
        if (call.arguments().size() == 2) {
          String predicate =
              "coalesce(" + context.expressions.lower(call.arguments().get(1), input) + ", FALSE)";
          restart = "(" + restart + " OR " + predicate + ")";
          segmentFlag = Optional.of(context.freshName("segment_start"));
          first
              .append(", ")
              .append(predicate)
              .append(" AS ")
              .append(d.identifier(segmentFlag.get()));
        }
      } else {
        restart = context.expressions.lower(call.arguments().get(1), input);
      }
      segmentFlags.add(segmentFlag);
      first.append(", ").append(restart).append(" AS ").append(d.identifier(flag));
    }
    Relation flagged =
        context.define(first.append(" FROM ").append(input.name()).toString(), input.columns());
    StringBuilder second = new StringBuilder("SELECT *");
    for (int i = 0; i < calls.size(); i++) {
      String group = context.freshName("group");
      groups.add(group);
      second
          .append(", sum(CASE WHEN ")
          .append(d.identifier(flags.get(i)))
          .append(" THEN 1 ELSE 0 END) OVER (ORDER BY ")
          .append(d.identifier(order))
          .append(" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ")
          .append(d.identifier(group));
      Optional<String> segment = Optional.empty();
      if (segmentFlags.get(i).isPresent()) {
        segment = Optional.of(context.freshName("segment"));
        second
            .append(", sum(CASE WHEN ")
            .append(d.identifier(segmentFlags.get(i).get()))
            .append(" THEN 1 ELSE 0 END) OVER (ORDER BY ")
            .append(d.identifier(order))
            .append(" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ")
            .append(d.identifier(segment.get()));
      }
      context.windowGroup(calls.get(i), new LoweringContext.WindowGroup(group, order, segment));
    }
    return new Staged(
        context.define(second.append(" FROM ").append(flagged.name()).toString(), input.columns()),
        Optional.of(order));
  }

  /** {@code row_rank_dense(term)} and {@code row_rank_min(term)}: ranks over serialized rows. */
  static boolean rank(Expr.Call call) {
    return (call.name().equals("row_rank_dense") || call.name().equals("row_rank_min"))
        && (call.arguments().size() == 1 || call.arguments().size() == 2);
  }

  private static void collect(Expr expr, List<Expr.Call> calls) {
    switch (expr) {
      case Expr.Call call -> {
        boolean restarted =
            (call.name().equals("row_number") || call.name().equals("row_cumsum"))
                    && call.arguments().size() == 2
                || rank(call);
        if (restarted) {
          calls.add(call);
        }
        call.arguments().forEach(argument -> collect(argument, calls));
      }
      case Expr.Binary binary -> {
        collect(binary.left(), calls);
        collect(binary.right(), calls);
      }
      case Expr.Unary unary -> collect(unary.operand(), calls);
      case Expr.Parenthesized parenthesized -> collect(parenthesized.inner(), calls);
      case Expr.Between between -> {
        collect(between.value(), calls);
        collect(between.low(), calls);
        collect(between.high(), calls);
      }
      case Expr.Member member -> collect(member.target(), calls);
      case Expr.Index index -> {
        collect(index.target(), calls);
        collect(index.index(), calls);
      }
      case Expr.In in -> collect(in.value(), calls);
      default -> {}
    }
  }
}
