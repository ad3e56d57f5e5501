package io.huntbook.kql.functions;

import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Objects;

/**
 * A built-in aggregate. Most produce one column named by {@code naming} and {@code prefix} ({@code
 * sum(v)} → {@code sum_v}); {@link Shape} marks the ones that produce several columns.
 */
public record AggregateSignature(
    String name,
    int minArguments,
    int maxArguments,
    List<ArgumentKind> parameters,
    ReturnRule returnRule,
    ResultNaming naming,
    String prefix,
    Shape shape) {

  /** How many columns an aggregate produces. */
  public enum Shape {
    /** One column. */
    SINGLE,
    /**
     * {@code arg_max(by, c1, c2)} / {@code arg_min}: the by-expression's column, then each further
     * argument's column ({@code *} = every input column but the group keys).
     */
    ARG_EXTREME,
    /** {@code percentile(x, p)}: one column named {@code percentile_x_p}. */
    PERCENTILE,
    /** {@code percentiles(x, p1, p2, …)}: one column per percentile, {@code percentile_x_p}. */
    PERCENTILES
  }

  public AggregateSignature {
    Objects.requireNonNull(name);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(returnRule);
    Objects.requireNonNull(naming);
    Objects.requireNonNull(prefix);
    Objects.requireNonNull(shape);
  }

  /** The kind of the argument at {@code index} (the last kind repeats). */
  public ArgumentKind parameter(int index) {
    if (parameters.isEmpty()) {
      return ArgumentKind.ANY;
    }
    return parameters.get(Math.min(index, parameters.size() - 1));
  }

  public KqlType returnType(List<KqlType> arguments) {
    return returnRule.returnType(arguments);
  }

  public boolean acceptsCount(int count) {
    return count >= minArguments && count <= maxArguments;
  }
}
