package io.huntbook.kql.functions;

import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Objects;

/**
 * A built-in scalar function: its name, how many arguments it takes ({@code maxArguments} is {@link
 * Integer#MAX_VALUE} when variadic), the kind of each parameter (the last kind repeats for further
 * arguments), its result type and how Kusto names its unnamed result column.
 */
public record FunctionSignature(
    String name,
    int minArguments,
    int maxArguments,
    List<ArgumentKind> parameters,
    ReturnRule returnRule,
    ResultNaming naming) {
  public static final int VARIADIC = Integer.MAX_VALUE;

  public FunctionSignature {
    Objects.requireNonNull(name);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(returnRule);
    Objects.requireNonNull(naming);
  }

  /** The kind of the argument at {@code index}. */
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
