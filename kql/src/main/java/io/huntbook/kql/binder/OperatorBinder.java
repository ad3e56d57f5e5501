package io.huntbook.kql.binder;

import static io.huntbook.kql.binder.BinderDiagnostics.error;

import io.huntbook.kql.binder.Context.Mode;
import io.huntbook.kql.binder.Scope.Entry;
import io.huntbook.kql.functions.ArgumentKind;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.MvExpandItem;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.ParsePart;
import io.huntbook.kql.syntax.Rename;
import io.huntbook.kql.syntax.SortKey;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Binds one pipe stage: the row flowing in, the operator, the row flowing out. */
final class OperatorBinder {
  private final Bindings bindings;
  private final ExpressionBinder expressions;
  private final CallBinder calls;
  private final TabularBinder tabular;
  private final JoinBinder joins;
  private final SummarizeBinder summarize;
  private final MakeSeriesBinder makeSeries;
  private final TopNestedBinder topNested;
  private final SearchBinder search;
  private final ScanBinder scan;

  OperatorBinder(
      Bindings bindings,
      ExpressionBinder expressions,
      CallBinder calls,
      TabularBinder tabular,
      JoinBinder joins) {
    this.bindings = bindings;
    this.expressions = expressions;
    this.calls = calls;
    this.tabular = tabular;
    this.joins = joins;
    this.summarize = new SummarizeBinder(bindings, expressions);
    this.makeSeries = new MakeSeriesBinder(bindings, expressions);
    this.topNested = new TopNestedBinder(bindings, expressions);
    this.search = new SearchBinder(bindings, expressions);
    this.scan = new ScanBinder(bindings, expressions);
  }

  Row bind(Operator operator, Row in, Scope scope) {
    Context cx = Context.row(scope, in);
    return switch (operator) {
      case Operator.Where where -> {
        KqlType type = expressions.bind(where.predicate(), cx);
        if (!ArgumentKind.BOOL.accepts(type)) {
          bindings.report(
              error(
                  BinderDiagnostics.NOT_BOOL,
                  "where needs a bool predicate, got " + type.kqlName(),
                  where.predicate().span()));
        }
        yield in;
      }
      case Operator.Project project -> bindProject(project.columns(), in, cx);
      case Operator.ProjectAway away -> bindProjectAway(away.columns(), in, false);
      case Operator.ProjectKeep keep -> bindProjectAway(keep.columns(), in, true);
      case Operator.ProjectRename rename -> bindProjectRename(rename, in);
      case Operator.ProjectReorder reorder -> bindProjectReorder(reorder, in);
      case Operator.Extend extend -> bindExtend(extend.columns(), in, scope);
      case Operator.Serialize serialize ->
          bindExtend(serialize.columns(), in.asSerialized(), scope);
      case Operator.Summarize s -> summarize.bind(s, in, scope);
      case Operator.Count ignored -> Row.of(List.of(new ColumnSchema("Count", KqlType.LONG)));
      case Operator.Take take -> {
        bindCount(take.count(), scope);
        yield in;
      }
      case Operator.Sample sample -> {
        bindCount(sample.count(), scope);
        yield in;
      }
      case Operator.Top top -> {
        bindCount(top.count(), scope);
        bindSortKeys(top.by(), cx);
        yield in.asSerialized();
      }
      case Operator.Sort sort -> {
        bindSortKeys(sort.by(), cx);
        yield in.asSerialized();
      }
      case Operator.Distinct distinct -> bindDistinct(distinct, in, cx);
      case Operator.Join join -> joins.bindJoin(join, in, scope);
      case Operator.Lookup lookup -> joins.bindLookup(lookup, in, scope);
      case Operator.Union union -> joins.bindUnion(union.options(), union.tables(), in, scope);
      case Operator.MvExpand mvExpand -> bindMvExpand(mvExpand, in, scope);
      case Operator.Parse parse -> bindParse(parse, in, cx);
      case Operator.ParseKv parseKv -> {
        expressions.bind(parseKv.source(), cx);
        Row out = in;
        for (ColumnDecl column : parseKv.columns()) {
          out =
              out.withColumn(new ColumnSchema(column.name().name(), tabular.declaredType(column)));
        }
        yield out;
      }
      case Operator.Render render -> in;
      case Operator.GetSchema ignored ->
          Row.of(
              List.of(
                  new ColumnSchema("ColumnName", KqlType.STRING),
                  new ColumnSchema("ColumnOrdinal", KqlType.INT),
                  new ColumnSchema("DataType", KqlType.STRING),
                  new ColumnSchema("ColumnType", KqlType.STRING)));
      case Operator.As as -> {
        // The name is visible to the rest of the query (a later join or union may read it).
        bindings.asNames.put(as.name().name(), in);
        yield in;
      }
      case Operator.Invoke invoke -> bindInvoke(invoke, in, cx);
      case Operator.Evaluate evaluate -> {
        bindings.report(
            BinderDiagnostics.unsupported(
                "plugin", evaluate.plugin().name(), evaluate.plugin().function().span()));
        yield Row.OPEN;
      }
      case Operator.MakeSeries series -> makeSeries.bind(series, in, scope);
      case Operator.TopNested nested -> topNested.bind(nested, in, scope);
      case Operator.MvApply apply -> bindMvApply(apply, in, scope);
      case Operator.Search s -> search.bind(s, in, scope);
      case Operator.Scan s -> scan.bind(s, in, scope);
      case Operator.TopHitters hitters -> topNested.bindHitters(hitters, in, scope);
      case Operator.Partition partition -> {
        expressions.bind(partition.by(), cx);
        Row body = in;
        for (Operator inner : partition.body()) {
          body = bind(inner, body, scope);
        }
        yield body;
      }
      case Operator.Unsupported unsupported -> {
        bindings.report(
            BinderDiagnostics.unsupported(
                "operator", unsupported.keyword().name(), unsupported.keyword().span()));
        yield Row.OPEN;
      }
    };
  }

  private void bindCount(Expr count, Scope scope) {
    KqlType type = expressions.bind(count, Context.row(scope, Row.EMPTY));
    if (!ArgumentKind.INTEGER.accepts(type)) {
      bindings.report(
          error(
              BinderDiagnostics.ARGUMENT_TYPE,
              "expected a number of rows, got " + type.kqlName(),
              count.span()));
    }
  }

  private void bindSortKeys(List<SortKey> keys, Context cx) {
    for (SortKey key : keys) {
      KqlType type = expressions.bind(key.expr(), cx);
      if (type == KqlType.DYNAMIC) {
        bindings.report(
            error(
                BinderDiagnostics.OPERATOR_TYPE,
                "cannot sort by a dynamic value; convert it first (tostring, tolong, todouble…)",
                key.expr().span()));
      }
    }
  }

  private Row bindProject(List<NamedExpr> columns, Row in, Context cx) {
    List<ColumnSchema> out = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    for (NamedExpr column : columns) {
      if (column.names().isEmpty()
          && column.expr() instanceof Expr.Name name
          && name.name().contains("*")) {
        List<String> names = new ArrayList<>();
        for (ColumnSchema c : matching(name.name(), in)) {
          out.add(new ColumnSchema(unique.claim(c.name()), c.type()));
          names.add(c.name());
        }
        bindings.outputNames.put(column, List.copyOf(names));
        continue;
      }
      KqlType type = expressions.bind(column.expr(), cx);
      List<String> names = new ArrayList<>();
      if (column.names().size() > 1) {
        for (Identifier id : column.names()) {
          String name = unique.claim(id.name());
          names.add(name);
          out.add(new ColumnSchema(name, KqlType.UNKNOWN));
        }
      } else {
        String name = columnName(column, unique, bindings);
        names.add(name);
        out.add(new ColumnSchema(name, type));
      }
      bindings.outputNames.put(column, List.copyOf(names));
    }
    return in.withColumns(out);
  }

  /** The explicit, derived or default ({@code Column1}) name of a one-column item, claimed. */
  static String columnName(NamedExpr column, ColumnNames.Unique unique) {
    return columnName(column, unique, null);
  }

  /**
   * As {@link #columnName(NamedExpr, ColumnNames.Unique)}, reporting an explicit name that an
   * earlier item of the same operator already produced.
   */
  static String columnName(NamedExpr column, ColumnNames.Unique unique, Bindings bindings) {
    if (!column.names().isEmpty()) {
      Identifier name = column.names().getFirst();
      if (bindings != null && unique.taken(name.name())) {
        bindings.report(
            error(
                BinderDiagnostics.DUPLICATE_COLUMN,
                "column '" + name.name() + "' is produced twice by this operator",
                name.span()));
      }
      return unique.claim(name.name());
    }
    Optional<String> derived = ColumnNames.derived(column.expr());
    return derived.isPresent() ? unique.claim(derived.get()) : unique.claimColumn();
  }

  private Row bindExtend(List<NamedExpr> columns, Row in, Scope scope) {
    Row row = in;
    for (NamedExpr column : columns) {
      KqlType type = expressions.bind(column.expr(), Context.row(scope, row));
      List<String> names = new ArrayList<>();
      if (column.names().size() > 1) {
        for (Identifier id : column.names()) {
          names.add(id.name());
          row = row.withColumn(new ColumnSchema(id.name(), KqlType.UNKNOWN));
        }
      } else {
        String name;
        if (!column.names().isEmpty()) {
          name = column.names().getFirst().name();
        } else {
          Optional<String> derived = ColumnNames.derived(column.expr());
          Row current = row;
          name = derived.orElseGet(() -> new ColumnNames.Unique(current.names()).claimColumn());
        }
        names.add(name);
        row = row.withColumn(new ColumnSchema(name, type));
      }
      bindings.outputNames.put(column, List.copyOf(names));
    }
    return row;
  }

  private Row bindDistinct(Operator.Distinct distinct, Row in, Context cx) {
    if (distinct.columns().size() == 1 && distinct.columns().getFirst() instanceof Expr.Star) {
      return in;
    }
    List<ColumnSchema> out = new ArrayList<>();
    ColumnNames.Unique unique = new ColumnNames.Unique();
    for (Expr column : distinct.columns()) {
      KqlType type = expressions.bind(column, cx);
      Optional<String> derived = ColumnNames.derived(column);
      String name = derived.isPresent() ? unique.claim(derived.get()) : unique.claimColumn();
      out.add(new ColumnSchema(name, type));
    }
    return new Row(out, in.open());
  }

  /** A KQL wildcard name ({@code Device*}) as a regex. */
  static Pattern wildcard(String name) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c == '*') {
        if (!literal.isEmpty()) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(".*");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString());
  }

  private static List<ColumnSchema> matching(String name, Row row) {
    Pattern pattern = wildcard(name);
    return row.columns().stream().filter(c -> pattern.matcher(c.name()).matches()).toList();
  }

  private Row bindProjectAway(List<Identifier> columns, Row in, boolean keep) {
    List<ColumnSchema> selected = new ArrayList<>();
    for (Identifier id : columns) {
      List<ColumnSchema> matched;
      if (id.name().contains("*")) {
        matched = matching(id.name(), in);
      } else {
        matched = in.find(id.name()).map(List::of).orElse(List.of());
        if (matched.isEmpty() && !in.open()) {
          reportUnknownColumn(id, in);
        }
      }
      selected.addAll(matched);
    }
    List<ColumnSchema> out =
        in.columns().stream().filter(c -> selected.contains(c) == keep).toList();
    return in.withColumns(out);
  }

  private void reportUnknownColumn(Identifier id, Row in) {
    bindings.report(
        BinderDiagnostics.unknown(
            BinderDiagnostics.UNKNOWN_COLUMN,
            "column",
            id.name(),
            Suggestions.closest(id.name(), in.names()),
            id.span()));
  }

  private Row bindProjectRename(Operator.ProjectRename rename, Row in) {
    List<ColumnSchema> out = new ArrayList<>(in.columns());
    for (Rename r : rename.renames()) {
      int index = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).name().equals(r.oldName().name())) {
          index = i;
        }
      }
      if (index < 0) {
        if (!in.open()) {
          reportUnknownColumn(r.oldName(), in);
        }
        continue;
      }
      out.set(index, new ColumnSchema(r.newName().name(), out.get(index).type()));
    }
    return in.withColumns(out);
  }

  private Row bindProjectReorder(Operator.ProjectReorder reorder, Row in) {
    List<ColumnSchema> first = new ArrayList<>();
    for (SortKey key : reorder.columns()) {
      if (!(key.expr() instanceof Expr.Name name)) {
        continue;
      }
      List<ColumnSchema> matched;
      if (name.name().contains("*")) {
        matched = new ArrayList<>(matching(name.name(), in));
        if (key.direction().isPresent()) {
          matched.sort(Comparator.comparing(ColumnSchema::name));
          if (key.direction().get() == SortKey.Direction.DESC) {
            java.util.Collections.reverse(matched);
          }
        }
      } else {
        matched = in.find(name.name()).map(List::of).orElse(List.of());
        if (matched.isEmpty() && !in.open()) {
          reportUnknownColumn(name.identifier(), in);
        }
      }
      for (ColumnSchema c : matched) {
        if (!first.contains(c)) {
          first.add(c);
        }
      }
    }
    List<ColumnSchema> out = new ArrayList<>(first);
    in.columns().stream().filter(c -> !first.contains(c)).forEach(out::add);
    return in.withColumns(out);
  }

  private Row bindMvExpand(Operator.MvExpand mvExpand, Row in, Scope scope) {
    Row row = in;
    for (MvExpandItem item : mvExpand.items()) {
      expressions.bind(item.expr(), Context.row(scope, in));
      KqlType type = KqlType.DYNAMIC;
      if (item.toType().isPresent()) {
        Identifier typeName = item.toType().get();
        // The parser reported a type name KQL does not know.
        type = KqlType.fromName(typeName.name()).orElse(KqlType.UNKNOWN);
      }
      Row current = row;
      String name =
          item.name()
              .map(Identifier::name)
              .or(() -> ColumnNames.derived(item.expr()))
              .orElseGet(() -> new ColumnNames.Unique(current.names()).claimColumn());
      row = row.withColumn(new ColumnSchema(name, type));
    }
    mvExpand.limit().ifPresent(limit -> bindCount(limit, scope));
    Optional<String> index = JoinBinder.option(mvExpand.options(), "with_itemindex");
    if (index.isPresent()) {
      row = row.withColumn(new ColumnSchema(index.get(), KqlType.LONG));
    }
    return row;
  }

  /**
   * mv-apply: the subquery runs over the expanded row; the output is the input's columns that were
   * neither expanded in place nor produced by the subquery, then the subquery's columns.
   */
  private Row bindMvApply(Operator.MvApply apply, Row in, Scope scope) {
    Row expanded =
        bindMvExpand(
            new Operator.MvExpand(apply.options(), apply.items(), apply.limit(), apply.span()),
            in,
            scope);
    Row body = expanded;
    for (Operator operator : apply.body()) {
      body = bind(operator, body, scope);
    }
    List<String> replaced = new ArrayList<>();
    for (MvExpandItem item : apply.items()) {
      item.name()
          .map(Identifier::name)
          .or(() -> ColumnNames.derived(item.expr()))
          .filter(name -> in.find(name).isPresent())
          .ifPresent(replaced::add);
    }
    List<String> produced = body.names();
    List<ColumnSchema> out = new ArrayList<>();
    for (ColumnSchema column : in.columns()) {
      if (!replaced.contains(column.name()) && !produced.contains(column.name())) {
        out.add(column);
      }
    }
    out.addAll(body.columns());
    return new Row(out, in.open() || body.open());
  }

  private Row bindParse(Operator.Parse parse, Row in, Context cx) {
    expressions.bind(parse.source(), cx);
    Row row = in;
    for (ParsePart part : parse.parts()) {
      if (part instanceof ParsePart.Capture capture) {
        KqlType type = KqlType.STRING;
        if (capture.typeName().isPresent()) {
          Identifier typeName = capture.typeName().get();
          type = KqlType.fromName(typeName.name()).orElse(KqlType.UNKNOWN);
        }
        row = row.withColumn(new ColumnSchema(capture.column().name(), type));
      }
    }
    return row;
  }

  private Row bindInvoke(Operator.Invoke invoke, Row in, Context cx) {
    Expr.Call call = invoke.call();
    Optional<Entry> user =
        cx.scope().lookup(call.name()).filter(e -> e.kind() == Entry.Kind.FUNCTION);
    if (user.isEmpty()) {
      for (Expr argument : call.arguments()) {
        expressions.bind(argument, cx);
      }
      calls.reportUnknownFunction(call, cx.scope());
      return Row.OPEN;
    }
    StatementBinder.Result result =
        calls.bindUser(call, user.get().function(), Context.row(cx.scope(), Row.EMPTY), in);
    if (!result.tabular()) {
      bindings.report(
          error(
              BinderDiagnostics.EXPECTED_TABULAR,
              "invoke needs a function that returns a table",
              call.function().span()));
      return Row.OPEN;
    }
    return result.row();
  }

  static boolean aggregateMode(Context cx) {
    return cx.mode() == Mode.AGGREGATE;
  }
}
