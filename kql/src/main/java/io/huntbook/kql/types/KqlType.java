package io.huntbook.kql.types;

import java.util.Locale;
import java.util.Optional;

/**
 * The scalar types of KQL. {@link #UNKNOWN} is the error type: the binder gives it to an expression
 * it could not type, and every check that meets it stays silent, so one mistake yields one
 * diagnostic.
 */
public enum KqlType {
  BOOL("bool"),
  INT("int"),
  LONG("long"),
  REAL("real"),
  DECIMAL("decimal"),
  STRING("string"),
  DATETIME("datetime"),
  TIMESPAN("timespan"),
  GUID("guid"),
  DYNAMIC("dynamic"),
  UNKNOWN("unknown");

  private final String kqlName;

  KqlType(String kqlName) {
    this.kqlName = kqlName;
  }

  /** The lower-case name KQL uses, as in {@code getschema} and {@code datatable(x:long)}. */
  public String kqlName() {
    return kqlName;
  }

  public boolean isNumeric() {
    return this == INT || this == LONG || this == REAL || this == DECIMAL;
  }

  public boolean isIntegral() {
    return this == INT || this == LONG;
  }

  /**
   * The type named in KQL source, accepting the synonyms KQL accepts ({@code boolean}, {@code
   * double}, {@code date}, {@code time}, {@code uniqueid}, {@code int64}, …).
   */
  public static Optional<KqlType> fromName(String name) {
    return Optional.ofNullable(
        switch (name.toLowerCase(Locale.ROOT)) {
          case "bool", "boolean" -> BOOL;
          case "int", "int32" -> INT;
          case "long", "int64" -> LONG;
          case "real", "double" -> REAL;
          case "decimal" -> DECIMAL;
          case "string" -> STRING;
          case "datetime", "date" -> DATETIME;
          case "timespan", "time" -> TIMESPAN;
          case "guid", "uniqueid" -> GUID;
          case "dynamic" -> DYNAMIC;
          default -> null;
        });
  }
}
