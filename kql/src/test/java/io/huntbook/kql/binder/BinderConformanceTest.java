package io.huntbook.kql.binder;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.types.KqlType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compares the binder's result schema with the columns the real Kusto engine returned for every
 * answered query of {@code conformance/kusto-verified.jsonl}, and counts how many of the queries
 * Kusto rejected the binder rejects too. Mismatches are written to {@code
 * target/binder-conformance.txt} for study; the floors only ever go up.
 */
class BinderConformanceTest {
  private static final int MATCHED_FLOOR = 1016;

  @Test
  void resultSchemasMatchKusto() throws IOException {
    Path file =
        Path.of(System.getProperty("huntbook.shared"), "conformance", "kusto-verified.jsonl");
    int matched = 0;
    int differed = 0;
    int parseFailed = 0;
    int errorsExpected = 0;
    int errorsFound = 0;
    List<String> report = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = (Map<String, Object>) MiniJson.parse(line);
      String kql = (String) entry.get("kql");
      ParseResult parsed = KqlParser.parse(SourceText.of(kql));
      BoundScript bound = Binder.bind(parsed.script(), Catalog.defender());
      if ("error".equals(entry.get("expect"))) {
        errorsExpected++;
        if (parsed.hasErrors() || bound.hasErrors()) {
          errorsFound++;
        } else {
          report.add("ACCEPTED " + entry.get("id") + "\n  " + kql);
        }
        continue;
      }
      if (parsed.hasErrors()) {
        parseFailed++;
        report.add("PARSE " + entry.get("id") + "\n  " + kql + "\n  " + parsed.diagnostics());
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> columns = (List<Map<String, Object>>) entry.get("columns");
      String expected =
          columns.stream()
              .map(c -> c.get("name") + ":" + c.get("type"))
              .collect(Collectors.joining(", "));
      String actual =
          bound
              .resultSchema()
              .map(
                  schema ->
                      schema.stream()
                          .map(c -> c.name() + ":" + kustoType(c.type(), columns, schema, c))
                          .collect(Collectors.joining(", ")))
              .orElse("<no schema>");
      if (expected.equals(actual) && !bound.hasErrors()) {
        matched++;
      } else {
        differed++;
        report.add(
            "DIFF "
                + entry.get("id")
                + "\n  "
                + kql
                + "\n  kusto:  "
                + expected
                + "\n  binder: "
                + actual
                + "\n  "
                + bound.diagnostics());
      }
    }
    Path out = Path.of("target", "binder-conformance.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    System.out.printf(
        "binder conformance: %d matched, %d differed, %d did not parse; rejected %d of %d"
            + " queries Kusto rejects%n",
        matched, differed, parseFailed, errorsFound, errorsExpected);
    assertThat(matched).isGreaterThanOrEqualTo(MATCHED_FLOOR);
  }

  /**
   * Kusto's client type name for a binder type: int and long are both Int, decimal shows as Real.
   */
  private static String kustoType(
      KqlType type, List<Map<String, Object>> expected, List<ColumnSchema> schema, ColumnSchema c) {
    return switch (type) {
      case INT, LONG -> "Int";
      case REAL, DECIMAL -> "Real";
      case STRING -> "String";
      case BOOL -> "Bool";
      case DATETIME -> "DateTime";
      case TIMESPAN -> "TimeSpan";
      case DYNAMIC -> "Dynamic";
      case GUID -> "Guid";
      case UNKNOWN -> "Unknown";
    };
  }
}
