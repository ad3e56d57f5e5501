package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code in}, {@code !in}, {@code in~}, {@code !in~}, {@code has_any} and {@code has_all}. The set
 * may mix scalars, dynamic arrays (their elements count) and one tabular expression (its first
 * column). Values compare by their KQL text, so a long matches the number in a dynamic array.
 */
final class SetMembership {
  private SetMembership() {}

  static String lower(ExpressionLowering expressions, Expr.In in, Relation input) {
    LoweringContext context = expressions.context();
    boolean caseInsensitive = in.op() == Expr.InOp.IN_CI || in.op() == Expr.InOp.NOT_IN_CI;
    List<String> elements = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    for (Expr item : in.set()) {
      Optional<?> schema = context.bound.schemaOf(item);
      if (schema.isPresent() && !(item instanceof Expr.Literal)) {
        Relation relation = context.tabular.lower(item);
        String column = context.dialect.identifier(relation.columns().get(0).name());
        KqlType type = relation.columns().get(0).type();
        lists.add(
            "(SELECT coalesce(list("
                + Conversions.toText(column, type)
                + "), []) FROM "
                + relation.name()
                + ")");
      } else if (expressions.typeOf(item) == KqlType.DYNAMIC) {
        lists.add(
            "list_transform(kql_json_elements("
                + expressions.lower(item, input)
                + "), e -> kql_dynamic_text(e))");
      } else {
        elements.add(expressions.text(item, input));
      }
    }
    String set = "[" + String.join(", ", elements) + "]";
    for (String list : lists) {
      set = "list_concat(" + set + ", " + list + ")";
    }
    if (caseInsensitive) {
      set = "list_transform(" + set + ", e -> lower(e))";
    }
    String value = expressions.text(in.value(), input);
    if (caseInsensitive) {
      value = "lower(" + value + ")";
    }
    boolean nullValue = expressions.typeOf(in.value()) != KqlType.STRING;
    String present = "list_contains(" + set + ", " + value + ")";
    if (nullValue) {
      present = "(" + expressions.lower(in.value(), input) + " IS NOT NULL AND " + present + ")";
    }
    return switch (in.op()) {
      case IN, IN_CI -> present;
      case NOT_IN, NOT_IN_CI -> "(NOT " + present + ")";
      case HAS_ANY -> "len(list_filter(" + set + ", e -> kql_has(" + value + ", e))) > 0";
      case HAS_ALL -> "len(list_filter(" + set + ", e -> NOT kql_has(" + value + ", e))) = 0";
    };
  }
}
