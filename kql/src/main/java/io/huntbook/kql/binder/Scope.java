package io.huntbook.kql.binder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names a statement can see: let bindings and function parameters, innermost first. Scopes are
 * persistent (each binding makes a new scope), so a function captures the scope it was defined in.
 */
final class Scope {
  private final Scope parent;
  private final String name;
  private final Entry entry;

  private Scope(Scope parent, String name, Entry entry) {
    this.parent = parent;
    this.name = name;
    this.entry = entry;
  }

  static Scope root() {
    return new Scope(null, null, null);
  }

  Scope with(String boundName, Entry boundEntry) {
    return new Scope(this, boundName, boundEntry);
  }

  Optional<Entry> lookup(String wanted) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.entry != null && s.name.equals(wanted)) {
        return Optional.of(s.entry);
      }
    }
    return Optional.empty();
  }

  /** Every visible name, innermost first, for suggestions. */
  List<String> names(Entry.Kind kind) {
    Set<String> out = new LinkedHashSet<>();
    for (Scope s = this; s != null; s = s.parent) {
      if (s.entry != null && s.entry.kind() == kind) {
        out.add(s.name);
      }
    }
    return new ArrayList<>(out);
  }

  /** What a name is bound to. */
  record Entry(
      Kind kind,
      Symbol symbol,
      io.huntbook.kql.types.KqlType type,
      Row row,
      UserFunction function) {
    enum Kind {
      SCALAR,
      TABULAR,
      FUNCTION
    }

    static Entry scalar(Symbol symbol, io.huntbook.kql.types.KqlType type) {
      return new Entry(Kind.SCALAR, symbol, type, null, null);
    }

    static Entry tabular(Symbol symbol, Row row) {
      return new Entry(Kind.TABULAR, symbol, io.huntbook.kql.types.KqlType.UNKNOWN, row, null);
    }

    static Entry function(Symbol symbol, UserFunction function) {
      return new Entry(
          Kind.FUNCTION, symbol, io.huntbook.kql.types.KqlType.UNKNOWN, null, function);
    }
  }

  /** A let-function with the scope it was defined in. */
  record UserFunction(
      io.huntbook.kql.syntax.Statement.Let let,
      io.huntbook.kql.syntax.Expr.Function function,
      Scope definitionScope) {}
}
