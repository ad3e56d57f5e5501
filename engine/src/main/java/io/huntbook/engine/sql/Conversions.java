package io.huntbook.engine.sql;

import io.huntbook.kql.types.KqlType;

/**
 * SQL for KQL's conversions between types, over the storage mapping: the text form of any value
 * ({@code tostring}), a value as dynamic JSON, and a dynamic or string value read as a scalar type.
 * A failed conversion is null, never an error, as in KQL.
 */
final class Conversions {
  private Conversions() {}

  /** The KQL text of a value of that type; never null. */
  static String toText(String sql, KqlType type) {
    return switch (type) {
      case STRING -> "coalesce(" + sql + ", '')";
      case BOOL ->
          "(CASE WHEN " + sql + " THEN 'True' WHEN NOT " + sql + " THEN 'False' ELSE '' END)";
      case REAL -> "kql_real_text(" + sql + ")";
      case DATETIME -> "coalesce(kql_datetime_text(" + sql + "), '')";
      case TIMESPAN -> "coalesce(kql_timespan_text(" + sql + "), '')";
      case DYNAMIC, UNKNOWN -> "kql_dynamic_text(" + sql + ")";
      case INT, LONG, DECIMAL, GUID -> "coalesce(CAST(" + sql + " AS VARCHAR), '')";
    };
  }

  /** A value as dynamic JSON; datetimes and timespans as their KQL text. */
  static String toDynamic(String sql, KqlType type) {
    return switch (type) {
      case DYNAMIC, UNKNOWN -> sql;
      case DATETIME -> "to_json(kql_datetime_text(" + sql + "))";
      case TIMESPAN -> "to_json(kql_timespan_text(" + sql + "))";
      case GUID -> "to_json(CAST(" + sql + " AS VARCHAR))";
      case DECIMAL -> "to_json(CAST(" + sql + " AS DOUBLE))";
      case BOOL, INT, LONG, REAL, STRING -> "to_json(" + sql + ")";
    };
  }

  /** A value of any type converted to {@code target} as KQL's {@code to<type>()} functions do. */
  static String convert(String sql, KqlType from, KqlType target) {
    if (from == target) {
      return sql;
    }
    if (target == KqlType.STRING) {
      return toText(sql, from);
    }
    if (target == KqlType.DYNAMIC) {
      return toDynamic(sql, from);
    }
    if (from == KqlType.DYNAMIC || from == KqlType.UNKNOWN) {
      switch (target) {
        case REAL -> {
          return "kql_dynamic_real(" + sql + ")";
        }
        case LONG -> {
          return "kql_dynamic_long(" + sql + ")";
        }
        case INT -> {
          return "TRY_CAST(kql_dynamic_long(" + sql + ") AS INTEGER)";
        }
        default -> {}
      }
      return fromText("kql_dynamic_scalar(" + sql + ")", target, true);
    }
    if (from == KqlType.STRING) {
      return fromText(sql, target, false);
    }
    return switch (target) {
      case BOOL -> from.isNumeric() ? "(" + sql + " <> 0)" : "CAST(NULL AS BOOLEAN)";
      case INT, LONG -> {
        String type = target == KqlType.INT ? "INTEGER" : "BIGINT";
        yield switch (from) {
          case REAL, DECIMAL -> "TRY_CAST(trunc(" + sql + ") AS " + type + ")";
          case BOOL -> "CAST(" + sql + " AS " + type + ")";
          case DATETIME -> "CAST(kql_ticks_of_datetime(" + sql + ") AS " + type + ")";
          case TIMESPAN, INT, LONG -> "TRY_CAST(" + sql + " AS " + type + ")";
          default -> "CAST(NULL AS " + type + ")";
        };
      }
      case REAL ->
          switch (from) {
            case DATETIME -> "CAST(kql_ticks_of_datetime(" + sql + ") AS DOUBLE)";
            case GUID -> "CAST(NULL AS DOUBLE)";
            default -> "CAST(" + sql + " AS DOUBLE)";
          };
      case DECIMAL -> "TRY_CAST(" + sql + " AS DECIMAL(38,10))";
      case DATETIME ->
          from.isIntegral() || from == KqlType.REAL
              ? "kql_datetime_of_ticks(CAST(" + sql + " AS BIGINT))"
              : "CAST(NULL AS TIMESTAMP_NS)";
      case TIMESPAN -> from.isNumeric() ? "CAST(" + sql + " AS BIGINT)" : "CAST(NULL AS BIGINT)";
      case GUID -> "CAST(NULL AS UUID)";
      case STRING, DYNAMIC, UNKNOWN -> sql;
    };
  }

  /** Text parsed as a scalar type; {@code fromJson} when the text came from a dynamic scalar. */
  private static String fromText(String sql, KqlType target, boolean fromJson) {
    return switch (target) {
      case BOOL -> "kql_text_bool(" + sql + ")";
      case INT -> "TRY_CAST(kql_text_long(" + sql + ") AS INTEGER)";
      case LONG -> "kql_text_long(" + sql + ")";
      case REAL -> "kql_text_real(" + sql + ")";
      case DECIMAL -> "TRY_CAST(trim(" + sql + ") AS DECIMAL(38,10))";
      case DATETIME -> "kql_text_datetime(" + sql + ")";
      case TIMESPAN -> "kql_timespan_of_text(" + sql + ")";
      case GUID -> "TRY_CAST(trim(" + sql + ") AS UUID)";
      case STRING -> "coalesce(" + sql + ", '')";
      case DYNAMIC, UNKNOWN -> fromJson ? sql : "kql_parse_json(" + sql + ")";
    };
  }
}
