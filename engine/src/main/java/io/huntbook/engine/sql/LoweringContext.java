package io.huntbook.engine.sql;

import io.huntbook.engine.result.ChartSpec;
import io.huntbook.kql.binder.BoundScript;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of lowering one script: the bound tree, the CTEs emitted so far, the values of {@code
 * let} bindings and of the parameters of the user function being inlined, and the chart asked for.
 */
final class LoweringContext {
  /** What a {@code let} name stands for once lowered. */
  sealed interface LetValue {
    record Scalar(String sql) implements LetValue {}

    record Tabular(Relation relation) implements LetValue {}

    record Function(Expr.Function function) implements LetValue {}
  }

  final BoundScript bound;
  final Catalog catalog;
  final SqlDialect dialect = SqlDialect.DUCKDB;
  final Instant now;
  final ExpressionLowering expressions;
  final TabularLowering tabular;

  private final List<String> ctes = new ArrayList<>();
  private final Map<Statement.Let, LetValue> lets = new IdentityHashMap<>();
  private final Deque<Map<String, LetValue>> parameters = new ArrayDeque<>();
  private int counter;
  private Optional<ChartSpec> chart = Optional.empty();

  LoweringContext(BoundScript bound, Catalog catalog, Instant now) {
    this.bound = bound;
    this.catalog = catalog;
    this.now = now;
    this.expressions = new ExpressionLowering(this);
    this.tabular = new TabularLowering(this);
  }

  /** Emits {@code name AS (sql)} and returns the relation it defines. */
  Relation define(String sql, List<ColumnSchema> columns) {
    String name = "q" + counter++;
    ctes.add(dialect.identifier(name) + " AS (" + sql + ")");
    return new Relation(dialect.identifier(name), columns);
  }

  /**
   * The columns the binder gave a pipe stage's output; {@code what} names the stage in the error
   * raised when the binder left them unknown.
   */
  List<ColumnSchema> outputOf(Expr.Pipe pipe, String what) {
    return bound
        .schemaOf(pipe)
        .orElseThrow(
            () -> new LoweringException("the columns of " + what + " are not known", pipe.span()));
  }

  /**
   * {@code input} with each row's position in the column {@link SummarizeLowering#ORDER}, so an
   * operator can keep or restore the order rows came in.
   */
  Relation numbered(Relation input) {
    return define(
        "SELECT *, row_number() OVER () AS " + SummarizeLowering.ORDER + " FROM " + input.name(),
        input.columns());
  }

  /** How many CTEs are defined so far: a mark for {@link #takeCtes(int)}. */
  int cteMark() {
    return ctes.size();
  }

  /**
   * Removes and returns the CTEs defined since {@code mark}, for a query nested inside another (the
   * subquery of mv-apply) that must carry its own {@code WITH}.
   */
  List<String> takeCtes(int mark) {
    List<String> taken = new ArrayList<>(ctes.subList(mark, ctes.size()));
    ctes.subList(mark, ctes.size()).clear();
    return taken;
  }

  String freshName(String prefix) {
    return "__" + prefix + counter++;
  }

  List<String> ctes() {
    return List.copyOf(ctes);
  }

  void bindLet(Statement.Let let, LetValue value) {
    lets.put(let, value);
  }

  Optional<LetValue> let(Statement.Let let) {
    return Optional.ofNullable(lets.get(let));
  }

  void pushParameters(Map<String, LetValue> values) {
    parameters.push(new HashMap<>(values));
  }

  void popParameters() {
    parameters.pop();
  }

  /** A parameter of the innermost user function being inlined. */
  Optional<LetValue> parameter(String name) {
    return parameters.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(parameters.peek().get(name));
  }

  /**
   * The restart groups of {@code row_number(start, restart)} and {@code row_cumsum(x, restart)}
   * calls: the group column and the row-order column, staged before the call's operator.
   */
  private final Map<Expr.Call, WindowGroup> windowGroups = new IdentityHashMap<>();

  /**
   * A call's restart group and the row-order column; a rank with a restart predicate also has the
   * segment its predicate starts, within which it counts.
   */
  record WindowGroup(String group, String order, Optional<String> segment) {}

  void windowGroup(Expr.Call call, WindowGroup group) {
    windowGroups.put(call, group);
  }

  Optional<WindowGroup> windowGroup(Expr.Call call) {
    return Optional.ofNullable(windowGroups.get(call));
  }

  void chart(ChartSpec spec) {
    chart = Optional.of(spec);
  }

  Optional<ChartSpec> chart() {
    return chart;
  }
}
