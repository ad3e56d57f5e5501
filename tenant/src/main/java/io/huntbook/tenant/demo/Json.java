package io.huntbook.tenant.demo;

import java.util.List;

/** Builds the small JSON texts of AdditionalFields and similar columns, without a tree. */
final class Json {
  private Json() {}

  /**
   * An object from alternating keys and values; values may be strings, numbers, booleans, lists.
   */
  static String object(Object... keysAndValues) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (i > 0) {
        text.append(',');
      }
      string(text, keysAndValues[i].toString());
      text.append(':');
      value(text, keysAndValues[i + 1]);
    }
    return text.append('}').toString();
  }

  static String array(List<?> values) {
    StringBuilder text = new StringBuilder();
    value(text, values);
    return text.toString();
  }

  private static void value(StringBuilder text, Object value) {
    switch (value) {
      case null -> text.append("null");
      case Number n -> text.append(n);
      case Boolean b -> text.append(b);
      case List<?> list -> {
        text.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            text.append(',');
          }
          value(text, list.get(i));
        }
        text.append(']');
      }
      case RawJson raw -> text.append(raw.text());
      default -> string(text, value.toString());
    }
  }

  /** JSON text to embed as it is. */
  record RawJson(String text) {}

  static void string(StringBuilder text, String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
