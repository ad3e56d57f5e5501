package io.huntbook.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.result.ResultJson;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares a local result with Kusto's answer as the conformance README says: names exact, types up
 * to Int = int|long, rows as a multiset unless the query orders its output, reals to a relative
 * 1e-9, datetimes to the tick (their text).
 */
final class ResultComparison {
  private static final Pattern ORDERED =
      Pattern.compile("\\b(sort|order)\\s+by\\b|\\btop\\s|\\bserialize\\b");
  private static final Map<String, List<KqlType>> TYPES =
      Map.of(
          "Int", List.of(KqlType.INT, KqlType.LONG),
          "Real", List.of(KqlType.REAL),
          "String", List.of(KqlType.STRING),
          "Bool", List.of(KqlType.BOOL),
          "DateTime", List.of(KqlType.DATETIME),
          "TimeSpan", List.of(KqlType.TIMESPAN),
          "Dynamic", List.of(KqlType.DYNAMIC),
          "Guid", List.of(KqlType.GUID),
          "Decimal", List.of(KqlType.DECIMAL));

  private ResultComparison() {}

  /** Why the result differs, or empty when it matches. */
  static Optional<String> compare(ConformanceCase expected, ResultTable actual) {
    JsonNode columns = expected.columns();
    if (columns.size() != actual.columns().size()) {
      return Optional.of(
          "columns " + names(actual) + " but Kusto has " + columns.size() + ": " + columns);
    }
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).path("name").asText();
      String type = columns.get(i).path("type").asText();
      var column = actual.columns().get(i);
      if (!column.name().equals(name)) {
        return Optional.of("column " + i + " is " + column.name() + ", Kusto has " + name);
      }
      if (!TYPES.getOrDefault(type, List.of()).contains(column.type())) {
        return Optional.of(
            "column " + name + " is " + column.type().kqlName() + ", Kusto has " + type);
      }
    }
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode row : ResultJson.encode(actual).path("rows")) {
      rows.add(row);
    }
    if (rows.size() != expected.rowCount()) {
      return Optional.of(
          rows.size() + " rows, Kusto has " + expected.rowCount() + "; first: " + first(rows));
    }
    List<JsonNode> want = new ArrayList<>();
    expected.rows().forEach(want::add);
    boolean ordered = ORDERED.matcher(expected.kql()).find();
    if (ordered || !expected.complete()) {
      for (int i = 0; i < want.size(); i++) {
        if (ordered && !same(want.get(i), rows.get(i))) {
          return Optional.of("row " + i + " is " + rows.get(i) + ", Kusto has " + want.get(i));
        }
      }
      if (ordered) {
        return Optional.empty();
      }
    }
    List<JsonNode> remaining = new ArrayList<>(rows);
    for (JsonNode row : want) {
      Iterator<JsonNode> it = remaining.iterator();
      boolean found = false;
      while (it.hasNext()) {
        if (same(row, it.next())) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        return Optional.of("Kusto's row " + row + " is missing; got " + first(rows));
      }
    }
    return Optional.empty();
  }

  private static String first(List<JsonNode> rows) {
    return rows.subList(0, Math.min(3, rows.size())).toString();
  }

  private static List<String> names(ResultTable table) {
    return table.columns().stream().map(c -> c.name() + ":" + c.type().kqlName()).toList();
  }

  static boolean same(JsonNode want, JsonNode got) {
    if (want == null || want.isNull()) {
      return got == null || got.isNull();
    }
    if (got == null || got.isNull()) {
      return false;
    }
    if (want.isNumber() && got.isNumber()) {
      double a = want.asDouble();
      double b = got.asDouble();
      return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
    if (want.isTextual() && got.isNumber() || want.isNumber() && got.isTextual()) {
      return want.asText().equals(got.asText());
    }
    if (want.isArray() && got.isArray()) {
      if (want.size() != got.size()) {
        return false;
      }
      for (int i = 0; i < want.size(); i++) {
        if (!same(want.get(i), got.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (want.isObject() && got.isObject()) {
      if (want.size() != got.size()) {
        return false;
      }
      var fields = want.fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        if (!same(want.get(field), got.get(field))) {
          return false;
        }
      }
      return true;
    }
    return want.equals(got);
  }
}
