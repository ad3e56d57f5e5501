package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.JoinCondition;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code join} and {@code lookup} with Kusto's semantics: the default kind {@code innerunique}
 * keeps one left row per key before joining; semi and anti joins return one side only; nulls never
 * match; the right side's columns come after the left's, renamed by the binder where they clash;
 * and a string column of an unmatched side is the empty string, not null.
 */
final class JoinLowering {
  private JoinLowering() {}

  static Relation join(LoweringContext context, Relation left, Operator.Join join, Expr.Pipe pipe) {
    String kind =
        OperatorLowering.option(join.options(), "kind")
            .orElse("innerunique")
            .toLowerCase(Locale.ROOT);
    Relation right = context.tabular.lower(join.right());
    return lower(context, left, right, join.on(), kind, pipe, false);
  }

  static Relation lookup(
      LoweringContext context, Relation left, Operator.Lookup lookup, Expr.Pipe pipe) {
    String kind =
        OperatorLowering.option(lookup.options(), "kind")
            .orElse("leftouter")
            .toLowerCase(Locale.ROOT);
    Relation right = context.tabular.lower(lookup.right());
    return lower(context, left, right, lookup.on(), kind, pipe, true);
  }

  private static Relation lower(
      LoweringContext context,
      Relation left,
      Relation right,
      List<JoinCondition> on,
      String kind,
      Expr.Pipe pipe,
      boolean lookup) {
    SqlDialect d = context.dialect;
    List<String> conditions = new ArrayList<>();
    List<String> leftKeys = new ArrayList<>();
    Set<String> rightKeys = new HashSet<>();
    for (JoinCondition condition : on) {
      String l = "l." + d.identifier(condition.left().name());
      String r = "r." + d.identifier(condition.right().name());
      // Kusto's join matches null keys with each other.
      conditions.add(l + " IS NOT DISTINCT FROM " + r);
      leftKeys.add(d.identifier(condition.left().name()));
      rightKeys.add(condition.right().name());
    }
    String onClause = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    if (kind.equals("innerunique")) {
      left =
          context.define(
              "SELECT * FROM "
                  + left.name()
                  + " QUALIFY row_number() OVER (PARTITION BY "
                  + String.join(", ", leftKeys)
                  + ") = 1",
              left.columns());
      kind = "inner";
    }
    switch (kind) {
      case "leftsemi", "semi" -> {
        return context.define(
            "SELECT l.* FROM "
                + left.name()
                + " AS l SEMI JOIN "
                + right.name()
                + " AS r ON "
                + onClause,
            left.columns());
      }
      case "leftanti", "anti", "leftantisemi" -> {
        return context.define(
            "SELECT l.* FROM "
                + left.name()
                + " AS l ANTI JOIN "
                + right.name()
                + " AS r ON "
                + onClause,
            left.columns());
      }
      case "rightsemi" -> {
        return context.define(
            "SELECT r.* FROM "
                + right.name()
                + " AS r SEMI JOIN "
                + left.name()
                + " AS l ON "
                + onClause,
            right.columns());
      }
      case "rightanti", "rightantisemi" -> {
        return context.define(
            "SELECT r.* FROM "
                + right.name()
                + " AS r ANTI JOIN "
                + left.name()
                + " AS l ON "
                + onClause,
            right.columns());
      }
      default -> {}
    }
    String joinType =
        switch (kind) {
          case "inner" -> "INNER JOIN";
          case "leftouter" -> "LEFT JOIN";
          case "rightouter" -> "RIGHT JOIN";
          case "fullouter", "outer" -> "FULL JOIN";
          default ->
              throw new LoweringException("join kind " + kind + " is not supported", pipe.span());
        };
    boolean leftMayBeMissing =
        kind.equals("rightouter") || kind.startsWith("full") || kind.equals("outer");
    boolean rightMayBeMissing =
        kind.equals("leftouter") || kind.startsWith("full") || kind.equals("outer");
    List<ColumnSchema> sources = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnSchema c : left.columns()) {
      sources.add(c);
      values.add(nonNull("l." + d.identifier(c.name()), c.type(), leftMayBeMissing));
    }
    for (ColumnSchema c : right.columns()) {
      if (lookup && rightKeys.contains(c.name())) {
        continue;
      }
      sources.add(c);
      values.add(nonNull("r." + d.identifier(c.name()), c.type(), rightMayBeMissing));
    }
    List<ColumnSchema> out = context.bound.schemaOf(pipe).orElse(List.of());
    if (out.size() != sources.size()) {
      out = sources;
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      items.add(values.get(i) + " AS " + d.identifier(out.get(i).name()));
    }
    return context.define(
        "SELECT "
            + String.join(", ", items)
            + " FROM "
            + left.name()
            + " AS l "
            + joinType
            + " "
            + right.name()
            + " AS r ON "
            + onClause,
        out);
  }

  private static String nonNull(String column, KqlType type, boolean mayBeMissing) {
    return mayBeMissing && type == KqlType.STRING ? "coalesce(" + column + ", '')" : column;
  }
}
