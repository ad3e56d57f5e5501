package io.huntbook.kql.functions;

import io.huntbook.kql.types.KqlType;
import java.util.List;

/** Computes a call's result type from its arguments' types. */
@FunctionalInterface
public interface ReturnRule {
  KqlType returnType(List<KqlType> arguments);

  /** Always the same type. */
  static ReturnRule fixed(KqlType type) {
    return arguments -> type;
  }

  /** The type of the argument at {@code index} ({@code unknown} when absent). */
  static ReturnRule argument(int index) {
    return arguments -> index < arguments.size() ? arguments.get(index) : KqlType.UNKNOWN;
  }

  /** The argument's type, widened the way sum widens: int → long, bool → long. */
  static ReturnRule widened(int index) {
    return arguments -> {
      KqlType t = index < arguments.size() ? arguments.get(index) : KqlType.UNKNOWN;
      return switch (t) {
        case INT, BOOL -> KqlType.LONG;
        case DYNAMIC -> KqlType.REAL;
        default -> t;
      };
    };
  }

  /** The common type of the arguments from {@code from} on, every {@code step}-th one. */
  static ReturnRule common(int from, int step) {
    return arguments -> {
      KqlType result = KqlType.UNKNOWN;
      for (int i = from; i < arguments.size(); i += step) {
        result = TypeRules.common(result, arguments.get(i));
      }
      return result;
    };
  }

  /** {@code case(c1, v1, c2, v2, …, else)}: the values and the final else. */
  static ReturnRule caseValues() {
    return arguments -> {
      KqlType result = KqlType.UNKNOWN;
      for (int i = 1; i < arguments.size(); i += 2) {
        result = TypeRules.common(result, arguments.get(i));
      }
      if (arguments.size() % 2 == 1) {
        result = TypeRules.common(result, arguments.getLast());
      }
      return result;
    };
  }

  /** real for a number argument, timespan for timespan, as averages and variances return. */
  static ReturnRule averaged(int index) {
    return arguments -> {
      KqlType t = index < arguments.size() ? arguments.get(index) : KqlType.UNKNOWN;
      return switch (t) {
        case TIMESPAN, DATETIME, DECIMAL, UNKNOWN -> t;
        default -> KqlType.REAL;
      };
    };
  }
}
