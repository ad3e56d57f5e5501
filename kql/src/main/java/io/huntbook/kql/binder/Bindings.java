package io.huntbook.kql.binder;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The side tables and diagnostics one binding run fills; frozen into a {@link BoundScript}. */
final class Bindings {
  final Catalog catalog;
  final Map<Expr, KqlType> types = new IdentityHashMap<>();
  final Map<Expr, List<ColumnSchema>> schemas = new IdentityHashMap<>();
  final Map<Operator, List<ColumnSchema>> inputSchemas = new IdentityHashMap<>();
  final Map<Expr.Name, Symbol> symbols = new IdentityHashMap<>();
  final Map<Expr.Call, FunctionSymbol> functions = new IdentityHashMap<>();
  final Map<NamedExpr, List<String>> outputNames = new IdentityHashMap<>();

  /** The steps of the scan being bound, by name: the declared columns their state holds. */
  final Map<String, Row> scanSteps = new java.util.HashMap<>();

  /** {@code step.column} references inside scan steps, to the declared column they read. */
  final Map<Expr.Member, String> stepReferences = new IdentityHashMap<>();

  /** Names given by {@code | as Name}, visible to the rest of the query. */
  final Map<String, Row> asNames = new java.util.HashMap<>();

  List<ColumnSchema> resultSchema;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  /** Depth of user-function calls being bound, to stop runaway recursion. */
  int callDepth;

  Bindings(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Records a diagnostic once: a function body bound for several calls reports its errors once. */
  void report(Diagnostic diagnostic) {
    String key =
        diagnostic.code()
            + "@"
            + diagnostic.span().start()
            + "+"
            + diagnostic.span().length()
            + ":"
            + diagnostic.message();
    if (reported.add(key)) {
      diagnostics.add(diagnostic);
    }
  }

  List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(d -> d.span().start()));
    return List.copyOf(sorted);
  }

  KqlType type(Expr expr, KqlType type) {
    types.put(expr, type);
    return type;
  }

  Row schema(Expr expr, Row row) {
    if (row.open()) {
      schemas.remove(expr);
    } else {
      schemas.put(expr, row.columns());
    }
    return row;
  }
}
