package io.huntbook.engine.sql;

import io.huntbook.engine.result.ChartSpec;
import io.huntbook.kql.binder.FunctionSymbol;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.Rename;
import io.huntbook.kql.syntax.SortKey;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers each tabular operator to one CTE over its input. Sort keys always spell out direction and
 * null order, because KQL's defaults (descending; nulls last when descending, first when ascending)
 * are not SQL's.
 */
final class OperatorLowering {
  private final LoweringContext context;

  OperatorLowering(LoweringContext context) {
    this.context = context;
  }

  Relation apply(Relation input, Operator operator, Expr.Pipe pipe) {
    SqlDialect d = context.dialect;
    ExpressionLowering e = context.expressions;
    return switch (operator) {
      case Operator.Where where ->
          context.define(
              "SELECT * FROM " + input.name() + " WHERE " + e.lower(where.predicate(), input),
              input.columns());
      case Operator.Project project -> project(input, project.columns(), pipe);
      case Operator.Extend extend -> extend(input, extend.columns(), pipe);
      case Operator.Serialize serialize -> extend(input, serialize.columns(), pipe);
      case Operator.ProjectAway away -> byName(input, output(pipe, input));
      case Operator.ProjectKeep keep -> byName(input, output(pipe, input));
      case Operator.ProjectReorder reorder -> byName(input, output(pipe, input));
      case Operator.ProjectRename rename -> rename(input, rename.renames(), pipe);
      case Operator.Summarize summarize -> SummarizeLowering.lower(context, input, summarize, pipe);
      case Operator.Count count ->
          context.define(
              "SELECT count(*) AS " + d.identifier("Count") + " FROM " + input.name(),
              List.of(new ColumnSchema("Count", KqlType.LONG)));
      case Operator.Take take ->
          context.define(
              "SELECT * FROM " + input.name() + " LIMIT " + e.lower(take.count(), input),
              input.columns());
      case Operator.Top top ->
          context.define(
              "SELECT * FROM "
                  + input.name()
                  + orderBy(top.by(), input)
                  + " LIMIT "
                  + e.lower(top.count(), input),
              input.columns());
      case Operator.Sort sort ->
          context.define(
              "SELECT * FROM " + input.name() + orderBy(sort.by(), input), input.columns());
      case Operator.Distinct distinct -> distinct(input, distinct, pipe);
      case Operator.Join join -> JoinLowering.join(context, input, join, pipe);
      case Operator.Lookup lookup -> JoinLowering.lookup(context, input, lookup, pipe);
      case Operator.Union union ->
          SetOperations.union(context, List.of(input), union.tables(), union.options(), pipe);
      case Operator.MvExpand expand -> ExpandLowering.mvExpand(context, input, expand, pipe);
      case Operator.Parse parse -> ExpandLowering.parse(context, input, parse, pipe);
      case Operator.Render render -> {
        context.chart(chart(render));
        yield input;
      }
      case Operator.GetSchema schema -> getSchema(input);
      case Operator.As as -> input;
      case Operator.Invoke invoke -> invoke(input, invoke);
      case Operator.Sample sample ->
          context.define(
              "SELECT * FROM "
                  + input.name()
                  + " ORDER BY random() LIMIT "
                  + e.lower(sample.count(), input),
              input.columns());
      case Operator.ParseKv parseKv -> ExpandLowering.parseKv(context, input, parseKv, pipe);
      case Operator.Evaluate evaluate ->
          throw new LoweringException(
              "evaluate " + evaluate.plugin().name() + " is not supported by the local engine",
              evaluate.span());
      case Operator.MakeSeries series -> MakeSeriesLowering.lower(context, input, series, pipe);
      case Operator.TopNested topNested -> TopNestedLowering.lower(context, input, topNested, pipe);
      case Operator.MvApply apply -> MvApplyLowering.lower(context, input, apply, pipe);
      case Operator.Search search -> SearchLowering.lower(context, input, search, pipe);
      case Operator.Scan scan -> ScanLowering.lower(context, input, scan, pipe);
      case Operator.TopHitters hitters -> TopNestedLowering.hitters(context, input, hitters, pipe);
      case Operator.Partition partition -> PartitionLowering.lower(context, input, partition, pipe);
      case Operator.Unsupported unsupported ->
          throw new LoweringException(
              unsupported.keyword().name() + " is not supported by the local engine",
              unsupported.span());
    };
  }

  private List<ColumnSchema> output(Expr.Pipe pipe, Relation input) {
    return context.outputOf(pipe, "this operator");
  }

  private String name(NamedExpr column, int position, String fallback) {
    List<String> names = context.bound.outputNames(column);
    return names.isEmpty() ? fallback : names.get(0);
  }

  private Relation project(Relation input, List<NamedExpr> columns, Expr.Pipe pipe) {
    List<String> items = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    int position = 0;
    for (NamedExpr column : columns) {
      if (column.expr() instanceof Expr.Star) {
        for (ColumnSchema c : input.columns()) {
          items.add(context.dialect.identifier(c.name()));
          schema.add(c);
        }
        continue;
      }
      String name = name(column, position++, "Column" + position);
      items.add(
          context.expressions.lower(column.expr(), input)
              + " AS "
              + context.dialect.identifier(name));
      schema.add(new ColumnSchema(name, context.expressions.typeOf(column.expr())));
    }
    return context.define(
        "SELECT " + String.join(", ", items) + " FROM " + input.name(),
        context.bound.schemaOf(pipe).orElse(schema));
  }

  /** Each item in turn, since a later item may use a column an earlier one defined. */
  private Relation extend(Relation input, List<NamedExpr> columns, Expr.Pipe pipe) {
    Relation current = input;
    int position = 0;
    for (NamedExpr column : columns) {
      String name = name(column, position++, "Column" + position);
      WindowRestarts.Staged staged = WindowRestarts.stage(context, current, column.expr());
      current = staged.relation();
      String value = context.expressions.lower(column.expr(), current);
      KqlType type = context.expressions.typeOf(column.expr());
      List<String> items = new ArrayList<>();
      List<ColumnSchema> schema = new ArrayList<>();
      boolean replaced = false;
      for (ColumnSchema c : current.columns()) {
        if (c.name().equals(name)) {
          items.add(value + " AS " + context.dialect.identifier(name));
          schema.add(new ColumnSchema(name, type));
          replaced = true;
        } else {
          items.add(context.dialect.identifier(c.name()));
          schema.add(c);
        }
      }
      if (!replaced) {
        items.add(value + " AS " + context.dialect.identifier(name));
        schema.add(new ColumnSchema(name, type));
      }
      String order =
          staged.order().map(o -> " ORDER BY " + context.dialect.identifier(o)).orElse("");
      current =
          context.define(
              "SELECT " + String.join(", ", items) + " FROM " + current.name() + order, schema);
    }
    Optional<List<ColumnSchema>> bound = context.bound.schemaOf(pipe);
    return bound.isPresent() && bound.get().size() == current.columns().size()
        ? new Relation(current.name(), bound.get())
        : current;
  }

  private Relation byName(Relation input, List<ColumnSchema> columns) {
    List<String> items = new ArrayList<>();
    for (ColumnSchema c : columns) {
      items.add(context.dialect.identifier(c.name()));
    }
    return context.define("SELECT " + String.join(", ", items) + " FROM " + input.name(), columns);
  }

  private Relation rename(Relation input, List<Rename> renames, Expr.Pipe pipe) {
    Map<String, String> newNames = new HashMap<>();
    for (Rename rename : renames) {
      newNames.put(rename.oldName().name(), rename.newName().name());
    }
    List<String> items = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    for (ColumnSchema c : input.columns()) {
      String name = newNames.getOrDefault(c.name(), c.name());
      items.add(context.dialect.identifier(c.name()) + " AS " + context.dialect.identifier(name));
      schema.add(new ColumnSchema(name, c.type()));
    }
    return context.define(
        "SELECT " + String.join(", ", items) + " FROM " + input.name(),
        context.bound.schemaOf(pipe).orElse(schema));
  }

  String orderBy(List<SortKey> keys, Relation input) {
    List<String> items = new ArrayList<>();
    for (SortKey key : keys) {
      SortKey.Direction direction = key.direction().orElse(SortKey.Direction.DESC);
      SortKey.NullOrder nulls =
          key.nulls()
              .orElse(
                  direction == SortKey.Direction.ASC
                      ? SortKey.NullOrder.FIRST
                      : SortKey.NullOrder.LAST);
      String value = context.expressions.lower(key.expr(), input);
      if (context.expressions.typeOf(key.expr()) == KqlType.DYNAMIC) {
        value = "CAST(" + value + " AS VARCHAR)";
      }
      items.add(
          value
              + (direction == SortKey.Direction.ASC ? " ASC" : " DESC")
              + (nulls == SortKey.NullOrder.FIRST ? " NULLS FIRST" : " NULLS LAST"));
    }
    return items.isEmpty() ? "" : " ORDER BY " + String.join(", ", items);
  }

  private Relation distinct(Relation input, Operator.Distinct distinct, Expr.Pipe pipe) {
    if (distinct.columns().size() == 1 && distinct.columns().get(0) instanceof Expr.Star) {
      return context.define("SELECT DISTINCT * FROM " + input.name(), input.columns());
    }
    List<ColumnSchema> out = context.bound.schemaOf(pipe).orElse(List.of());
    List<String> items = new ArrayList<>();
    List<ColumnSchema> schema = new ArrayList<>();
    for (int i = 0; i < distinct.columns().size(); i++) {
      Expr column = distinct.columns().get(i);
      String name =
          i < out.size()
              ? out.get(i).name()
              : column instanceof Expr.Name n ? n.name() : "Column" + (i + 1);
      items.add(
          context.expressions.lower(column, input) + " AS " + context.dialect.identifier(name));
      schema.add(new ColumnSchema(name, context.expressions.typeOf(column)));
    }
    return context.define(
        "SELECT DISTINCT " + String.join(", ", items) + " FROM " + input.name(),
        out.size() == schema.size() ? out : schema);
  }

  private ChartSpec chart(Operator.Render render) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (OptionAssign property : render.properties()) {
      properties.put(property.name().name(), optionText(property.value()));
    }
    return new ChartSpec(render.chart().name(), properties);
  }

  static String optionText(Expr value) {
    return switch (value) {
      case Expr.Literal literal -> String.valueOf(literal.value());
      case Expr.Name name -> name.name();
      case Expr.Parenthesized p -> optionText(p.inner());
      default -> value.getClass().getSimpleName();
    };
  }

  private Relation getSchema(Relation input) {
    List<String> rows = new ArrayList<>();
    int ordinal = 0;
    for (ColumnSchema column : input.columns()) {
      rows.add(
          "("
              + context.dialect.string(column.name())
              + ", "
              + ordinal++
              + ", "
              + context.dialect.string(dotnetType(column.type()))
              + ", "
              + context.dialect.string(column.type().kqlName())
              + ")");
    }
    List<ColumnSchema> schema =
        List.of(
            new ColumnSchema("ColumnName", KqlType.STRING),
            new ColumnSchema("ColumnOrdinal", KqlType.INT),
            new ColumnSchema("DataType", KqlType.STRING),
            new ColumnSchema("ColumnType", KqlType.STRING));
    String columns = "\"ColumnName\", \"ColumnOrdinal\", \"DataType\", \"ColumnType\"";
    if (rows.isEmpty()) {
      return context.define(
          "SELECT '' AS \"ColumnName\", 0 AS \"ColumnOrdinal\", '' AS \"DataType\", '' AS"
              + " \"ColumnType\" WHERE FALSE",
          schema);
    }
    return context.define(
        "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS t(" + columns + ")", schema);
  }

  private static String dotnetType(KqlType type) {
    return switch (type) {
      case BOOL -> "System.SByte";
      case INT -> "System.Int32";
      case LONG -> "System.Int64";
      case REAL -> "System.Double";
      case DECIMAL -> "System.Data.SqlTypes.SqlDecimal";
      case STRING -> "System.String";
      case DATETIME -> "System.DateTime";
      case TIMESPAN -> "System.TimeSpan";
      case GUID -> "System.Guid";
      case DYNAMIC, UNKNOWN -> "System.Object";
    };
  }

  private Relation invoke(Relation input, Operator.Invoke invoke) {
    Optional<FunctionSymbol> function = context.bound.functionOf(invoke.call());
    if (function.isPresent() && function.get() instanceof FunctionSymbol.User user) {
      return context.tabular.inlineTabular(user, invoke.call(), input, Optional.of(input));
    }
    throw new LoweringException(
        "invoke " + invoke.call().name() + " is not supported by the local engine", invoke.span());
  }

  static Optional<String> option(List<OptionAssign> options, String name) {
    for (OptionAssign option : options) {
      if (option.name().name().equalsIgnoreCase(name)) {
        return Optional.of(optionText(option.value()));
      }
    }
    return Optional.empty();
  }

  static List<String> names(List<Identifier> identifiers) {
    List<String> out = new ArrayList<>();
    for (Identifier identifier : identifiers) {
      out.add(identifier.name());
    }
    return out;
  }
}
