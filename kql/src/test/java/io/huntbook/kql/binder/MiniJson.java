package io.huntbook.kql.binder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to read the conformance file in tests (the kql module depends on the JDK only).
 */
final class MiniJson {
  private final String text;
  private int pos;

  private MiniJson(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    MiniJson p = new MiniJson(text);
    Object value = p.value();
    p.space();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("trailing text at " + p.pos);
    }
    return value;
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Object value() {
    space();
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (text.charAt(pos) == '}') {
          pos++;
          return map;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          map.put(key, value());
          space();
          if (text.charAt(pos) == ',') {
            pos++;
          } else {
            expect('}');
            return map;
          }
        }
      }
      case '[' -> {
        pos++;
        List<Object> list = new ArrayList<>();
        space();
        if (text.charAt(pos) == ']') {
          pos++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (text.charAt(pos) == ',') {
            pos++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
          pos++;
        }
        String word = text.substring(start, pos);
        return switch (word) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> Double.parseDouble(word);
        };
      }
    }
  }

  private void expect(char c) {
    if (text.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos);
    }
    pos++;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
  }
}
