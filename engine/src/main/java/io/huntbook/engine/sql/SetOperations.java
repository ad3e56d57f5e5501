package io.huntbook.engine.sql;

import io.huntbook.kql.binder.Symbol;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code union}: inputs are matched by column name, a column an input lacks is null there (the
 * empty string for strings), and {@code withsource=} adds the name of each row's input.
 */
final class SetOperations {
  private SetOperations() {}

  static Relation union(
      LoweringContext context,
      List<Relation> first,
      List<Expr> tables,
      List<OptionAssign> options,
      Expr whole) {
    SqlDialect d = context.dialect;
    List<Relation> inputs = new ArrayList<>(first);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      labels.add("union_arg" + i);
    }
    for (Expr table : tables) {
      if (table instanceof Expr.Name pattern && pattern.name().contains("*")) {
        // A wildcard (Device*, or * for every table) names the catalog's matching tables.
        Pattern matcher = wildcard(pattern.name());
        for (TableSchema schema : context.catalog.tables()) {
          if (matcher.matcher(schema.name()).matches()) {
            inputs.add(new Relation(d.identifier(schema.name()), schema.columns()));
            labels.add(schema.name());
          }
        }
        continue;
      }
      inputs.add(context.tabular.lower(table));
      boolean namedTable =
          table instanceof Expr.Name name
              && context.bound.symbolOf(name).orElse(null) instanceof Symbol.Table;
      labels.add(namedTable ? ((Expr.Name) table).name() : "union_arg" + labels.size());
    }
    Optional<String> source = OperatorLowering.option(options, "withsource");
    List<ColumnSchema> out = context.bound.schemaOf(whole).orElseGet(() -> merged(inputs, source));
    List<String> selects = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Relation input = inputs.get(i);
      List<String> items = new ArrayList<>();
      for (ColumnSchema column : out) {
        String value;
        if (source.isPresent() && column.name().equals(source.get())) {
          value = d.string(labels.get(i));
        } else {
          Optional<ColumnSchema> match =
              input.columns().stream().filter(c -> c.name().equals(column.name())).findFirst();
          if (match.isPresent()) {
            value =
                Conversions.convert(d.identifier(column.name()), match.get().type(), column.type());
          } else {
            value = column.type() == KqlType.STRING ? "''" : d.nullOf(column.type());
          }
        }
        items.add(value + " AS " + d.identifier(column.name()));
      }
      selects.add("SELECT " + String.join(", ", items) + " FROM " + input.name());
    }
    return context.define(String.join(" UNION ALL ", selects), out);
  }

  private static Pattern wildcard(String name) {
    StringBuilder regex = new StringBuilder();
    String[] parts = name.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString());
  }

  private static List<ColumnSchema> merged(List<Relation> inputs, Optional<String> source) {
    Map<String, ColumnSchema> columns = new LinkedHashMap<>();
    source.ifPresent(s -> columns.put(s, new ColumnSchema(s, KqlType.STRING)));
    for (Relation input : inputs) {
      for (ColumnSchema column : input.columns()) {
        columns.putIfAbsent(column.name(), column);
      }
    }
    return new ArrayList<>(columns.values());
  }
}
