package io.huntbook.kql.binder;

/**
 * Where a scalar expression is bound: the names in scope, the row whose columns it can read, and
 * whether aggregates are allowed (directly in a summarize aggregate, not inside another aggregate).
 */
record Context(Scope scope, Row row, Mode mode) {
  enum Mode {
    /** Row-by-row: extend, where, project… */
    ROW,
    /** A summarize aggregate item: aggregates allowed. */
    AGGREGATE,
    /** Inside an aggregate's arguments: no further aggregates. */
    IN_AGGREGATE
  }

  static Context row(Scope scope, Row row) {
    return new Context(scope, row, Mode.ROW);
  }

  Context withMode(Mode newMode) {
    return new Context(scope, row, newMode);
  }

  Context withScope(Scope newScope) {
    return new Context(newScope, row, mode);
  }
}
