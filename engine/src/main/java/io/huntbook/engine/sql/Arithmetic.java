package io.huntbook.engine.sql;

import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.types.KqlType;

/**
 * KQL arithmetic over the storage mapping: datetimes are TIMESTAMPs, timespans are BIGINT ticks,
 * integer division truncates toward zero and {@code %} keeps the dividend's sign (as in Kusto).
 */
final class Arithmetic {
  private Arithmetic() {}

  static String lower(BinaryOp op, String left, KqlType leftType, String right, KqlType rightType) {
    if (leftType == KqlType.DYNAMIC) {
      left = Conversions.convert(left, leftType, KqlType.REAL);
      leftType = KqlType.REAL;
    }
    if (rightType == KqlType.DYNAMIC) {
      right = Conversions.convert(right, rightType, KqlType.REAL);
      rightType = KqlType.REAL;
    }
    // Int arithmetic is long arithmetic in Kusto: no overflow at 32 bits.
    if (leftType == KqlType.INT) {
      left = "CAST(" + left + " AS BIGINT)";
      leftType = KqlType.LONG;
    }
    if (rightType == KqlType.INT) {
      right = "CAST(" + right + " AS BIGINT)";
      rightType = KqlType.LONG;
    }
    boolean leftDatetime = leftType == KqlType.DATETIME;
    boolean rightDatetime = rightType == KqlType.DATETIME;
    boolean leftTimespan = leftType == KqlType.TIMESPAN;
    boolean rightTimespan = rightType == KqlType.TIMESPAN;
    return switch (op) {
      case ADD -> {
        if (leftDatetime && !rightDatetime) {
          yield "kql_datetime_add_ticks(" + left + ", " + ticks(right, rightType) + ")";
        }
        if (rightDatetime && !leftDatetime) {
          yield "kql_datetime_add_ticks(" + right + ", " + ticks(left, leftType) + ")";
        }
        yield "(" + left + " + " + right + ")";
      }
      case SUBTRACT -> {
        if (leftDatetime && rightDatetime) {
          yield "kql_datetime_diff_ticks(" + left + ", " + right + ")";
        }
        if (leftDatetime) {
          yield "kql_datetime_add_ticks(" + left + ", -(" + ticks(right, rightType) + "))";
        }
        yield "(" + left + " - " + right + ")";
      }
      case MULTIPLY -> {
        if (leftTimespan || rightTimespan) {
          yield "CAST((" + left + " * " + right + ") AS BIGINT)";
        }
        yield "(" + left + " * " + right + ")";
      }
      case DIVIDE -> {
        if (leftTimespan && rightTimespan) {
          yield "(CAST(" + left + " AS DOUBLE) / " + right + ")";
        }
        if (leftTimespan) {
          yield "CAST(trunc(" + left + " / " + right + ") AS BIGINT)";
        }
        if (leftType.isIntegral() && rightType.isIntegral()) {
          yield "(" + left + " // " + right + ")";
        }
        yield "(" + left + " / " + right + ")";
      }
      case MODULO -> {
        // Kusto's remainder takes the sign of neither operand: it is never negative.
        if (leftType.isIntegral() && rightType.isIntegral() || leftTimespan || rightTimespan) {
          yield "(((" + left + " % " + right + ") + abs(" + right + ")) % abs(" + right + "))";
        }
        yield "fmod(fmod(" + left + ", " + right + ") + abs(" + right + "), abs(" + right + "))";
      }
      default -> throw new IllegalArgumentException("not arithmetic: " + op);
    };
  }

  /** A timespan or number as ticks (a number added to a datetime counts ticks). */
  private static String ticks(String sql, KqlType type) {
    return type == KqlType.REAL ? "CAST(" + sql + " AS BIGINT)" : sql;
  }
}
