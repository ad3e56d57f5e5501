package io.huntbook.engine.sql;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.MvExpandItem;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mv-apply}: the input rows are numbered and expanded as mv-expand does; the subquery is
 * lowered into its own {@code WITH} inside a {@code LATERAL} join, its first step keeping only the
 * expanded rows of the outer row, so each row's subquery sees its own rows alone.
 */
final class MvApplyLowering {
  private static final String ROW = "__apply_row";
  private static final String OUTER = "\"__outer\"";
  private static final String ITEM = "__apply_item";

  private MvApplyLowering() {}

  static Relation lower(
      LoweringContext context, Relation input, Operator.MvApply apply, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    List<ColumnSchema> numberedColumns = new ArrayList<>(input.columns());
    numberedColumns.add(new ColumnSchema(ROW, KqlType.LONG));
    Relation numbered =
        context.define(
            "SELECT *, row_number() OVER () AS " + d.identifier(ROW) + " FROM " + input.name(),
            numberedColumns);
    // The item index orders each row's subtable as its arrays do; one is added when none is asked.
    Optional<String> index = OperatorLowering.option(apply.options(), "with_itemindex");
    String order = index.orElse(ITEM);
    List<OptionAssign> options = new ArrayList<>(apply.options());
    if (index.isEmpty()) {
      Identifier name = new Identifier(ITEM, apply.span());
      options.add(
          new OptionAssign(
              new Identifier("with_itemindex", apply.span()),
              new Expr.Name(name, apply.span()),
              apply.span()));
    }
    Operator.MvExpand expand =
        new Operator.MvExpand(options, apply.items(), apply.limit(), apply.span());
    Relation expanded =
        ExpandLowering.mvExpand(context, numbered, expand, synthetic(expand, apply));

    int mark = context.cteMark();
    List<ColumnSchema> rowColumns =
        expanded.columns().stream()
            .filter(c -> !c.name().equals(ROW) && !c.name().equals(ITEM))
            .toList();
    List<String> names = rowColumns.stream().map(c -> d.identifier(c.name())).toList();
    Relation current =
        context.define(
            "SELECT "
                + String.join(", ", names)
                + " FROM "
                + expanded.name()
                + " WHERE "
                + d.identifier(ROW)
                + " = "
                + OUTER
                + "."
                + d.identifier(ROW)
                + " ORDER BY "
                + d.identifier(order),
            rowColumns);
    OperatorLowering operators = new OperatorLowering(context);
    for (Operator operator : apply.body()) {
      current = operators.apply(current, operator, synthetic(operator, apply));
    }
    List<String> body = context.takeCtes(mark);

    List<String> replaced = new ArrayList<>();
    for (MvExpandItem item : apply.items()) {
      item.name()
          .map(Identifier::name)
          .or(() -> item.expr() instanceof Expr.Name n ? Optional.of(n.name()) : Optional.empty())
          .filter(input::has)
          .ifPresent(replaced::add);
    }
    List<String> items = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    for (ColumnSchema column : input.columns()) {
      if (!replaced.contains(column.name()) && !current.has(column.name())) {
        items.add(OUTER + "." + d.identifier(column.name()));
        schema.add(column);
      }
    }
    for (ColumnSchema column : current.columns()) {
      items.add("\"__inner\"." + d.identifier(column.name()));
      schema.add(column);
    }
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    List<ColumnSchema> output =
        bound.isPresent() && bound.get().size() == schema.size() ? bound.get() : schema;
    List<String> aliased = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      aliased.add(items.get(i) + " AS " + d.identifier(output.get(i).name()));
    }
    return context.define(
        "SELECT "
            + String.join(", ", aliased)
            + " FROM "
            + numbered.name()
            + " "
            + OUTER
            + ", LATERAL (WITH "
            + String.join(", ", body)
            + " SELECT *, row_number() OVER () AS \"__apply_order\" FROM "
            + current.name()
            + ") \"__inner\" ORDER BY "
            + OUTER
            + "."
            + d.identifier(ROW)
            + ", \"__inner\".\"__apply_order\"",
        output);
  }

  /** A pipe that exists only to hand an operator of the subquery to the operator lowering. */
  private static Expr.Pipe synthetic(Operator operator, Operator.MvApply apply) {
    return new Expr.Pipe(new Expr.Missing(apply.span()), operator, operator.span());
  }
}
