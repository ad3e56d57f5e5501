package io.huntbook.engine.sql;

import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The one place that turns names and values into DuckDB SQL text: identifier quoting, string and
 * regex literal escaping, and the literal forms of every KQL type. Nothing else in the lowering
 * concatenates a user-supplied name or value into SQL, so a table called {@code
 * read_csv('/etc/passwd')} or a string full of quotes stays data.
 */
public final class SqlDialect {
  /** DuckDB as the engine configures it: standard-conforming strings, RE2 regular expressions. */
  public static final SqlDialect DUCKDB = new SqlDialect();

  private static final long TICKS_PER_SECOND = 10_000_000L;

  private SqlDialect() {}

  /** A double-quoted identifier; any name, including quotes and SQL text, stays one name. */
  public String identifier(String name) {
    requireNoNul(name);
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * A single-quoted string literal. DuckDB strings take backslashes literally, so only the quote
   * needs doubling.
   */
  public String string(String value) {
    requireNoNul(value);
    return '\'' + value.replace("'", "''") + '\'';
  }

  /** A regular expression given as KQL text: KQL and DuckDB both use RE2 syntax. */
  public String regex(String pattern) {
    return string(pattern);
  }

  /** A regular expression that matches {@code text} literally. */
  public static String quoteRegex(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  public String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  public String integer(int value) {
    return "CAST(" + value + " AS INTEGER)";
  }

  public String longValue(long value) {
    return "CAST(" + value + " AS BIGINT)";
  }

  public String real(double value) {
    if (Double.isNaN(value)) {
      return "CAST('nan' AS DOUBLE)";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "CAST('inf' AS DOUBLE)" : "CAST('-inf' AS DOUBLE)";
    }
    return "CAST(" + Double.toString(value) + " AS DOUBLE)";
  }

  public String decimal(BigDecimal value) {
    return "CAST(" + string(value.toPlainString()) + " AS DECIMAL(38,10))";
  }

  /**
   * A datetime in UTC: a TIMESTAMP_NS so a literal keeps its 100 ns ticks, or a TIMESTAMP in
   * microseconds outside the years 1678 to 2261 that nanoseconds can hold.
   */
  public String datetime(Instant value) {
    try {
      long nanos =
          Math.addExact(
              Math.multiplyExact(value.getEpochSecond(), 1_000_000_000L), value.getNano());
      return "make_timestamp_ns(" + nanos + "::BIGINT)";
    } catch (ArithmeticException outOfRange) {
      long micros =
          Math.addExact(
              Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000L);
      return "make_timestamp(" + micros + "::BIGINT)";
    }
  }

  /** A timespan as its 100 ns ticks (the storage form). */
  public String timespan(Duration value) {
    return longValue(ticks(value));
  }

  public static long ticks(Duration value) {
    return Math.addExact(
        Math.multiplyExact(value.getSeconds(), TICKS_PER_SECOND), value.getNano() / 100L);
  }

  public String guid(UUID value) {
    return "CAST(" + string(value.toString()) + " AS UUID)";
  }

  /** A dynamic value from its JSON text. */
  public String json(String jsonText) {
    return "CAST(" + string(jsonText) + " AS JSON)";
  }

  /** A typed null. */
  public String nullOf(KqlType type) {
    return "CAST(NULL AS " + sqlType(type) + ")";
  }

  /**
   * The DuckDB type of a KQL value while a query runs: the storage mapping, except that datetimes
   * computed in a query are TIMESTAMP_NS so they keep Kusto's 100 ns ticks (stored ones are
   * microseconds); unknown becomes JSON.
   */
  public String sqlType(KqlType type) {
    return switch (type) {
      case UNKNOWN -> "JSON";
      case DATETIME -> "TIMESTAMP_NS";
      default -> StorageTypes.sqlType(type);
    };
  }

  /** A literal of any KQL scalar value as the syntax tree carries it. */
  public String literal(KqlType type, Object value) {
    if (value == null) {
      return type == KqlType.STRING ? "''" : nullOf(type);
    }
    return switch (type) {
      case BOOL -> bool((Boolean) value);
      case INT -> integer(((Number) value).intValue());
      case LONG -> longValue(((Number) value).longValue());
      case REAL -> real(((Number) value).doubleValue());
      case DECIMAL -> decimal(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
      case STRING -> string(value.toString());
      case DATETIME -> datetime((Instant) value);
      case TIMESPAN -> timespan((Duration) value);
      case GUID -> guid((UUID) value);
      case DYNAMIC -> json(value.toString());
      case UNKNOWN -> "NULL";
    };
  }

  /** Lower-case keyword text for an option value, e.g. a join kind. */
  public static String keyword(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static void requireNoNul(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("text with a NUL character cannot be used in a query");
    }
  }
}
