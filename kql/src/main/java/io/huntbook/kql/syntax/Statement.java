package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A statement of a script. */
public sealed interface Statement extends Node {

  /** {@code let name = expr} (scalar or tabular) or {@code let f = (params) { body }}. */
  record Let(Identifier name, Expr value, Span span) implements Statement {
    public Let {
      Objects.requireNonNull(name);
      Objects.requireNonNull(value);
    }
  }

  /** {@code set option [= value]}: kept so scripts with it parse; the engines ignore it. */
  record Set(Identifier option, Optional<Expr> value, Span span) implements Statement {
    public Set {
      Objects.requireNonNull(option);
      Objects.requireNonNull(value);
    }
  }

  /** The query: a tabular (or, with {@code print}, scalar) expression whose result is returned. */
  record Query(Expr expr, Span span) implements Statement {
    public Query {
      Objects.requireNonNull(expr);
    }
  }

  /** Statements bound to a name with declare/alias and other forms Huntbook accepts but ignores. */
  record Ignored(String keyword, List<Expr> parts, Span span) implements Statement {
    public Ignored {
      parts = List.copyOf(parts);
    }
  }
}
