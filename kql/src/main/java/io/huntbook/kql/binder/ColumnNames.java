package io.huntbook.kql.binder;

import io.huntbook.kql.functions.AggregateCatalog;
import io.huntbook.kql.functions.AggregateSignature;
import io.huntbook.kql.functions.FunctionCatalog;
import io.huntbook.kql.functions.ResultNaming;
import io.huntbook.kql.syntax.Expr;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Kusto's rules for naming a column nobody named: a column reference keeps its name, {@code d.a}
 * and {@code d["a"]} become {@code d_a}, {@code bin(t, 1h)} and {@code tostring(x)} take their
 * argument's name, aggregates take a prefix ({@code sum_v}, {@code count_}), and a clash gets the
 * smallest free numeric suffix ({@code v1}, {@code v2}).
 */
final class ColumnNames {
  private ColumnNames() {}

  /** The name Kusto derives from an expression, if it derives one. */
  static Optional<String> derived(Expr expr) {
    return switch (expr) {
      case Expr.Name name -> Optional.of(name.name());
      case Expr.Member member ->
          derived(member.target()).map(t -> t + "_" + member.member().name());
      case Expr.Index index ->
          derived(index.target()).flatMap(t -> literalText(index.index()).map(i -> t + "_" + i));
      case Expr.Parenthesized p -> derived(p.inner());
      case Expr.Call call -> callName(call);
      default -> Optional.empty();
    };
  }

  private static Optional<String> callName(Expr.Call call) {
    Optional<AggregateSignature> aggregate = AggregateCatalog.lookup(call.name());
    if (aggregate.isPresent()) {
      return aggregateName(call, aggregate.get());
    }
    ResultNaming naming =
        FunctionCatalog.lookup(call.name()).map(f -> f.naming()).orElse(ResultNaming.NONE);
    return switch (naming) {
      case FIRST_ARGUMENT ->
          call.arguments().isEmpty() ? Optional.empty() : derived(call.arguments().getFirst());
      case ONLY_ARGUMENT ->
          call.arguments().size() == 1 ? derived(call.arguments().getFirst()) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** The default name of a single-column aggregate ({@code sum_v}, {@code count_}). */
  static Optional<String> aggregateName(Expr.Call call, AggregateSignature aggregate) {
    String first =
        call.arguments().isEmpty() ? "" : derived(call.arguments().getFirst()).orElse("");
    return switch (aggregate.naming()) {
      case PREFIX_ONLY -> Optional.of(aggregate.prefix() + "_");
      case PREFIX_AND_FIRST_ARGUMENT -> Optional.of(aggregate.prefix() + "_" + first);
      default -> Optional.empty();
    };
  }

  /** {@code percentile_x_95}, {@code percentile_x_99_9}. */
  static String percentileName(String prefix, Expr value, Expr percent) {
    String first = derived(value).orElse("");
    String p = literalText(percent).orElse("");
    return prefix + "_" + first + "_" + p.replace('.', '_').replace('-', '_');
  }

  private static Optional<String> literalText(Expr expr) {
    if (expr instanceof Expr.Literal literal && literal.value() != null) {
      Object v = literal.value();
      if (v instanceof Double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return Optional.of(b.scale() <= 0 ? b.toBigInteger().toString() : b.toPlainString());
      }
      if (v instanceof BigDecimal b) {
        return Optional.of(b.stripTrailingZeros().toPlainString());
      }
      return Optional.of(v.toString());
    }
    if (expr instanceof Expr.Unary u
        && u.op() == Expr.UnaryOp.NEGATE
        && u.operand() instanceof Expr.Literal) {
      return literalText(u.operand()).map(t -> "-" + t);
    }
    return Optional.empty();
  }

  /** Hands out names unique within one output row. */
  static final class Unique {
    private final Set<String> used = new HashSet<>();

    Unique() {}

    Unique(Collection<String> taken) {
      used.addAll(taken);
    }

    boolean taken(String name) {
      return used.contains(name);
    }

    /** The name itself when free, else the name with the smallest free suffix 1, 2, … */
    String claim(String name) {
      if (used.add(name)) {
        return name;
      }
      for (int i = 1; ; i++) {
        String candidate = name + i;
        if (used.add(candidate)) {
          return candidate;
        }
      }
    }

    /** {@code Column1}, {@code Column2}, …: the first free one. */
    String claimColumn() {
      for (int i = 1; ; i++) {
        String candidate = "Column" + i;
        if (used.add(candidate)) {
          return candidate;
        }
      }
    }

    void add(String name) {
      used.add(name);
    }

    void remove(String name) {
      used.remove(name);
    }
  }
}
