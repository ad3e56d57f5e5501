package io.huntbook.defender.client;

import io.huntbook.kql.types.KqlType;
import java.util.Locale;

/**
 * The column type names the hunting APIs put in {@code Schema}: .NET type names ({@code String},
 * {@code DateTime}, {@code Int64}, {@code SByte} for bool, {@code Object} for dynamic…), sometimes
 * with a {@code System.} prefix, sometimes KQL's own names. One table for reading them and for the
 * emulator writing them.
 */
public final class ServiceTypeNames {
  private ServiceTypeNames() {}

  /** The KQL type for a schema type name; names not known here read as dynamic (raw JSON). */
  public static KqlType toKql(String serviceName) {
    String name = serviceName.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("system.")) {
      name = name.substring("system.".length());
    }
    return switch (name) {
      case "string" -> KqlType.STRING;
      case "datetime", "date", "datetimeoffset" -> KqlType.DATETIME;
      case "int32", "int", "int16", "uint16", "byte" -> KqlType.INT;
      case "int64", "long", "uint32", "uint64" -> KqlType.LONG;
      case "double", "real", "single", "float" -> KqlType.REAL;
      case "decimal", "sqldecimal" -> KqlType.DECIMAL;
      // Kusto stores bool as a signed byte, and some responses name that type.
      case "boolean", "bool", "sbyte" -> KqlType.BOOL;
      case "guid", "uniqueid" -> KqlType.GUID;
      case "timespan", "time" -> KqlType.TIMESPAN;
      default -> KqlType.DYNAMIC;
    };
  }

  /** The name the services use for a KQL type. */
  public static String fromKql(KqlType type) {
    return switch (type) {
      case BOOL -> "Boolean";
      case INT -> "Int32";
      case LONG -> "Int64";
      case REAL -> "Double";
      case DECIMAL -> "Decimal";
      case STRING -> "String";
      case DATETIME -> "DateTime";
      case TIMESPAN -> "TimeSpan";
      case GUID -> "Guid";
      case DYNAMIC, UNKNOWN -> "Object";
    };
  }
}
