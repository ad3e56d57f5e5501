package io.huntbook.engine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code kusto-verified.jsonl}: a query and the answer Kusto gave. */
record ConformanceCase(
    String id,
    String family,
    String kql,
    boolean expectError,
    JsonNode columns,
    long rowCount,
    JsonNode rows,
    boolean complete) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<ConformanceCase> load(Path file) {
    List<ConformanceCase> cases = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = MAPPER.readTree(line);
        cases.add(
            new ConformanceCase(
                node.path("id").asText(),
                node.path("family").asText(),
                node.path("kql").asText(),
                node.path("expect").asText().equals("error"),
                node.path("columns"),
                node.path("rowCount").asLong(),
                node.path("rows"),
                node.path("complete").asBoolean(true)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
