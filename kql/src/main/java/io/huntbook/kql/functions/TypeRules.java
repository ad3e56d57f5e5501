package io.huntbook.kql.functions;

import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.types.KqlType;

/**
 * KQL's typing of operators: numeric promotion (int → long → decimal → real), date arithmetic and
 * the common type of {@code iff}/{@code case}/{@code coalesce}. Every rule returns {@code unknown}
 * when an operand is {@code unknown}, so an earlier error is not reported again.
 */
public final class TypeRules {
  private TypeRules() {}

  /** The wider of two numeric types. */
  public static KqlType promote(KqlType a, KqlType b) {
    return rank(a) >= rank(b) ? numeric(a) : numeric(b);
  }

  /**
   * The type of arithmetic on two numbers: as {@link #promote}, except that int arithmetic gives a
   * long, as Kusto's answers show ({@code toint(2147483647) + toint(1)} is 2147483648, {@code
   * gettype(toint(1) / toint(2))} is long).
   */
  private static KqlType widened(KqlType a, KqlType b) {
    KqlType promoted = promote(a, b);
    return promoted == KqlType.INT ? KqlType.LONG : promoted;
  }

  private static KqlType numeric(KqlType t) {
    return t == KqlType.BOOL ? KqlType.LONG : t;
  }

  private static int rank(KqlType t) {
    return switch (t) {
      case BOOL, INT -> 1;
      case LONG -> 2;
      case DECIMAL -> 3;
      case REAL -> 4;
      default -> 0;
    };
  }

  /**
   * The common type of two branches: equal types stay, numbers promote, {@code unknown} yields to
   * the other, dynamic yields to a scalar. Anything else keeps the first type (the binder reports
   * the mismatch).
   */
  public static KqlType common(KqlType a, KqlType b) {
    if (a == KqlType.UNKNOWN) {
      return b;
    }
    if (b == KqlType.UNKNOWN || a == b) {
      return a;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return promote(a, b);
    }
    // A dynamic branch takes the scalar type of the other ({@code iff(c, d[0], "x")} is a string).
    if (a == KqlType.DYNAMIC) {
      return b;
    }
    return a;
  }

  /** Whether {@link #common} found a real common type (no mismatch to report). */
  public static boolean compatible(KqlType a, KqlType b) {
    return a == KqlType.UNKNOWN
        || b == KqlType.UNKNOWN
        || a == b
        || (a.isNumeric() && b.isNumeric())
        || a == KqlType.DYNAMIC
        || b == KqlType.DYNAMIC;
  }

  /**
   * The type of an arithmetic operator, or {@code null} when KQL has no such overload (for example
   * {@code "a" * 2}).
   */
  public static KqlType arithmetic(BinaryOp op, KqlType left, KqlType right) {
    if (left == KqlType.UNKNOWN || right == KqlType.UNKNOWN) {
      return KqlType.UNKNOWN;
    }
    boolean ln = left.isNumeric() || left == KqlType.BOOL;
    boolean rn = right.isNumeric() || right == KqlType.BOOL;
    if (left == KqlType.DYNAMIC || right == KqlType.DYNAMIC) {
      // Kusto has no arithmetic on dynamic: the value must be converted (toint(d.x) + 1).
      return null;
    }
    switch (op) {
      case ADD -> {
        if (ln && rn) {
          return widened(left, right);
        }
        if (left == KqlType.DATETIME && right == KqlType.TIMESPAN) {
          return KqlType.DATETIME;
        }
        if (left == KqlType.TIMESPAN && right == KqlType.DATETIME) {
          return KqlType.DATETIME;
        }
        if (left == KqlType.TIMESPAN && right == KqlType.TIMESPAN) {
          return KqlType.TIMESPAN;
        }
        return null;
      }
      case SUBTRACT -> {
        if (ln && rn) {
          return widened(left, right);
        }
        if (left == KqlType.DATETIME && right == KqlType.DATETIME) {
          return KqlType.TIMESPAN;
        }
        if (left == KqlType.DATETIME && right == KqlType.TIMESPAN) {
          return KqlType.DATETIME;
        }
        if (left == KqlType.TIMESPAN && right == KqlType.TIMESPAN) {
          return KqlType.TIMESPAN;
        }
        return null;
      }
      case MULTIPLY -> {
        if (ln && rn) {
          return widened(left, right);
        }
        if ((left == KqlType.TIMESPAN && rn) || (ln && right == KqlType.TIMESPAN)) {
          return KqlType.TIMESPAN;
        }
        return null;
      }
      case DIVIDE -> {
        if (ln && rn) {
          return widened(left, right);
        }
        if (left == KqlType.TIMESPAN && right == KqlType.TIMESPAN) {
          return KqlType.REAL;
        }
        if (left == KqlType.TIMESPAN && rn) {
          return KqlType.TIMESPAN;
        }
        return null;
      }
      case MODULO -> {
        if (ln && rn) {
          return widened(left, right);
        }
        if (left == KqlType.TIMESPAN && (right == KqlType.TIMESPAN || rn)) {
          return KqlType.TIMESPAN;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Whether two values can be compared with {@code ==}, {@code <} and their kin. */
  public static boolean comparable(KqlType left, KqlType right) {
    if (left == KqlType.UNKNOWN
        || right == KqlType.UNKNOWN
        || left == KqlType.DYNAMIC
        || right == KqlType.DYNAMIC
        || left == right) {
      return true;
    }
    if (left == KqlType.STRING || right == KqlType.STRING) {
      // Hunting queries compare ports and ids with string literals; Kusto converts the literal.
      return true;
    }
    boolean ln = left.isNumeric() || left == KqlType.BOOL;
    boolean rn = right.isNumeric() || right == KqlType.BOOL;
    return ln && rn;
  }
}
