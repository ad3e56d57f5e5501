package io.huntbook.kql.binder;

import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.functions.FunctionSignature;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Statement;
import java.util.Objects;

/** What a call refers to: a built-in scalar function, an aggregate, or a user (let) function. */
public sealed interface FunctionSymbol {
  String name();

  /** A built-in scalar function of {@link io.huntbook.kql.functions.FunctionCatalog}. */
  record Builtin(FunctionSignature signature) implements FunctionSymbol {
    public Builtin {
      Objects.requireNonNull(signature);
    }

    @Override
    public String name() {
      return signature.name();
    }
  }

  /** An aggregate of {@link io.huntbook.kql.functions.AggregateCatalog}. */
  record Aggregate(AggregateSignature signature) implements FunctionSymbol {
    public Aggregate {
      Objects.requireNonNull(signature);
    }

    @Override
    public String name() {
      return signature.name();
    }
  }

  /** A function defined by {@code let f = (params) { body }}. */
  record User(Statement.Let let, Expr.Function function) implements FunctionSymbol {
    public User {
      Objects.requireNonNull(let);
      Objects.requireNonNull(function);
    }

    @Override
    public String name() {
      return let.name().name();
    }
  }
}
