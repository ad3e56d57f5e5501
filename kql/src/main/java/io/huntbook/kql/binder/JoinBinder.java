package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.JoinCondition;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * join, lookup and union: the operators that combine rows of two or more tables, with Kusto's
 * output columns (a clashing right-side name gets the suffix {@code 1}; a union column with
 * different types per table splits into {@code name_type} columns).
 */
final class JoinBinder {
  static final Set<String> JOIN_KINDS =
      Set.of(
          "innerunique",
          "inner",
          "leftouter",
          "rightouter",
          "fullouter",
          "leftanti",
          "anti",
          "leftantisemi",
          "rightanti",
          "rightantisemi",
          "leftsemi",
          "rightsemi");

  private final Bindings bindings;
  private final TabularBinder tabular;

  JoinBinder(Bindings bindings, TabularBinder tabular) {
    this.bindings = bindings;
    this.tabular = tabular;
  }

  /** The value of option {@code name} as written, when it is a plain word or literal. */
  static Optional<String> option(List<OptionAssign> options, String name) {
    for (OptionAssign option : options) {
      if (option.name().name().equalsIgnoreCase(name)) {
        return Optional.of(optionText(option.value()));
      }
    }
    return Optional.empty();
  }

  static Optional<OptionAssign> optionNode(List<OptionAssign> options, String name) {
    return options.stream().filter(o -> o.name().name().equalsIgnoreCase(name)).findFirst();
  }

  static String optionText(Expr value) {
    return switch (value) {
      case Expr.Name name -> name.name();
      case Expr.Literal literal -> String.valueOf(literal.value());
      default -> "";
    };
  }

  /** The join kind in force (default {@code innerunique}), reporting an unknown one. */
  String joinKind(List<OptionAssign> options) {
    Optional<OptionAssign> kind = optionNode(options, "kind");
    if (kind.isEmpty()) {
      return "innerunique";
    }
    String text = optionText(kind.get().value()).toLowerCase(Locale.ROOT);
    if (!JOIN_KINDS.contains(text)) {
      bindings.report(
          error(
              BinderDiagnostics.BAD_OPTION,
              "unknown join kind '" + text + "'",
              kind.get().value().span()));
      return "innerunique";
    }
    return text;
  }

  Row bindJoin(Operator.Join join, Row left, Scope scope) {
    String kind = joinKind(join.options());
    Row right = tabular.bind(join.right(), scope);
    checkConditions(join.on(), left, right, join.span());
    boolean open = left.open() || right.open();
    return switch (kind) {
      case "leftsemi", "leftanti", "anti", "leftantisemi" -> new Row(left.columns(), open);
      case "rightsemi", "rightanti", "rightantisemi" -> new Row(right.columns(), open);
      default -> new Row(concatenate(left.columns(), right.columns(), Set.of()), open);
    };
  }

  Row bindLookup(Operator.Lookup lookup, Row left, Scope scope) {
    Optional<OptionAssign> kind = optionNode(lookup.options(), "kind");
    if (kind.isPresent()) {
      String text = optionText(kind.get().value()).toLowerCase(Locale.ROOT);
      if (!text.equals("leftouter") && !text.equals("inner")) {
        bindings.report(
            error(
                BinderDiagnostics.BAD_OPTION,
                "lookup kind must be leftouter or inner, not '" + text + "'",
                kind.get().value().span()));
      }
    }
    Row right = tabular.bind(lookup.right(), scope);
    checkConditions(lookup.on(), left, right, lookup.span());
    Set<String> rightKeys = new java.util.HashSet<>();
    for (JoinCondition condition : lookup.on()) {
      rightKeys.add(condition.right().name());
    }
    return new Row(
        concatenate(left.columns(), right.columns(), rightKeys), left.open() || right.open());
  }

  private static List<ColumnSchema> concatenate(
      List<ColumnSchema> left, List<ColumnSchema> right, Set<String> skipRight) {
    List<ColumnSchema> out = new ArrayList<>(left);
    ColumnNames.Unique unique = new ColumnNames.Unique();
    left.forEach(c -> unique.add(c.name()));
    for (ColumnSchema column : right) {
      if (skipRight.contains(column.name())) {
        continue;
      }
      out.add(new ColumnSchema(unique.claim(column.name()), column.type()));
    }
    return out;
  }

  private void checkConditions(List<JoinCondition> on, Row left, Row right, Span operatorSpan) {
    if (on.isEmpty()) {
      bindings.report(
          error(
              BinderDiagnostics.JOIN_CONDITION,
              "join needs an 'on' clause naming its key columns",
              operatorSpan));
      return;
    }
    for (JoinCondition condition : on) {
      Optional<ColumnSchema> l = checkSide(condition.left(), left, "left");
      Optional<ColumnSchema> r = checkSide(condition.right(), right, "right");
      if (l.isPresent() && r.isPresent() && !keysCompatible(l.get().type(), r.get().type())) {
        bindings.report(
            error(
                BinderDiagnostics.JOIN_CONDITION,
                "join keys '"
                    + l.get().name()
                    + "' ("
                    + l.get().type().kqlName()
                    + ") and '"
                    + r.get().name()
                    + "' ("
                    + r.get().type().kqlName()
                    + ") have different types",
                condition.span()));
      }
    }
  }

  private static boolean keysCompatible(KqlType a, KqlType b) {
    return a == b
        || a == KqlType.UNKNOWN
        || b == KqlType.UNKNOWN
        || (a.isNumeric() && b.isNumeric() && a != KqlType.REAL && b != KqlType.REAL);
  }

  private Optional<ColumnSchema> checkSide(Identifier key, Row row, String side) {
    Optional<ColumnSchema> column = row.find(key.name());
    if (column.isEmpty() && !row.open()) {
      String message = "unknown column '" + key.name() + "' on the " + side + " side of the join";
      Optional<String> suggestion = Suggestions.closest(key.name(), row.names());
      if (suggestion.isPresent()) {
        message += "; did you mean '" + suggestion.get() + "'?";
      }
      bindings.report(error(BinderDiagnostics.UNKNOWN_COLUMN, message, key.span()));
    }
    return column;
  }

  /** union as a source ({@code input} null) or as an operator (the piped row first). */
  Row bindUnion(List<OptionAssign> options, List<Expr> tables, Row input, Scope scope) {
    String kind = option(options, "kind").orElse("outer").toLowerCase(Locale.ROOT);
    Optional<OptionAssign> kindNode = optionNode(options, "kind");
    if (kindNode.isPresent() && !kind.equals("outer") && !kind.equals("inner")) {
      bindings.report(
          error(
              BinderDiagnostics.BAD_OPTION,
              "union kind must be outer or inner, not '" + kind + "'",
              kindNode.get().value().span()));
    }
    List<Row> rows = new ArrayList<>();
    if (input != null) {
      rows.add(input);
    }
    boolean fuzzy = option(options, "isfuzzy").map(v -> v.equalsIgnoreCase("true")).orElse(false);
    for (Expr table : tables) {
      if (fuzzy && table instanceof Expr.Name name && !tabular.isTabular(name, scope)) {
        // isfuzzy=true: a table that does not exist is left out, as Kusto does.
        continue;
      }
      if (table instanceof Expr.Name name && name.name().contains("*")) {
        rows.addAll(wildcardTables(name));
      } else {
        rows.add(tabular.bind(table, scope));
      }
    }
    boolean open = rows.stream().anyMatch(Row::open);
    List<ColumnSchema> columns = kind.equals("inner") ? innerColumns(rows) : outerColumns(rows);
    Optional<String> source = option(options, "withsource");
    if (source.isPresent()) {
      List<ColumnSchema> withSource = new ArrayList<>();
      withSource.add(new ColumnSchema(source.get(), KqlType.STRING));
      withSource.addAll(columns);
      columns = withSource;
    }
    return new Row(columns, open);
  }

  private List<Row> wildcardTables(Expr.Name name) {
    Pattern pattern = OperatorBinder.wildcard(name.name());
    List<Row> rows = new ArrayList<>();
    for (TableSchema table : bindings.catalog.tables()) {
      if (pattern.matcher(table.name()).matches()) {
        rows.add(Row.of(table.columns()));
      }
    }
    if (rows.isEmpty()) {
      bindings.report(
          error(
              BinderDiagnostics.UNKNOWN_TABLE,
              "no table matches '" + name.name() + "'",
              name.span()));
      rows.add(Row.OPEN);
    }
    return rows;
  }

  private static List<ColumnSchema> outerColumns(List<Row> rows) {
    Map<String, List<KqlType>> types = new LinkedHashMap<>();
    for (Row row : rows) {
      for (ColumnSchema column : row.columns()) {
        List<KqlType> seen = types.computeIfAbsent(column.name(), k -> new ArrayList<>());
        if (!seen.contains(column.type())) {
          seen.add(column.type());
        }
      }
    }
    List<ColumnSchema> out = new ArrayList<>();
    types.forEach(
        (name, seen) -> {
          if (seen.size() == 1) {
            out.add(new ColumnSchema(name, seen.getFirst()));
          } else {
            for (KqlType type : seen) {
              out.add(new ColumnSchema(name + "_" + type.kqlName(), type));
            }
          }
        });
    return out;
  }

  private static List<ColumnSchema> innerColumns(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<ColumnSchema> out = new ArrayList<>();
    for (ColumnSchema column : rows.getFirst().columns()) {
      boolean everywhere = rows.stream().allMatch(r -> r.columns().contains(column) || r.open());
      if (everywhere) {
        out.add(column);
      }
    }
    return out;
  }
}
