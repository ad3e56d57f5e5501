package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The one Jackson mapper of the notebook module and small helpers over JSON trees. */
public final class Json {
  /** Shared, thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** A copy of an object, or an empty object for null. */
  static ObjectNode copy(ObjectNode node) {
    return node == null ? object() : node.deepCopy();
  }

  /**
   * nbformat's multiline string: either one string or a list of strings to concatenate. Anything
   * else is a format error.
   */
  static String multiline(JsonNode node, String where) throws NotebookFormatException {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonNode part : node) {
        if (!part.isTextual()) {
          throw new NotebookFormatException(where + ": expected a list of strings");
        }
        text.append(part.asText());
      }
      return text.toString();
    }
    throw new NotebookFormatException(where + ": expected a string or a list of strings");
  }

  /** Splits text into lines that keep their line break, as Jupyter writes sources. */
  static ArrayNode lines(String text) {
    ArrayNode array = array();
    for (String line : splitLines(text)) {
      array.add(line);
    }
    return array;
  }

  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
