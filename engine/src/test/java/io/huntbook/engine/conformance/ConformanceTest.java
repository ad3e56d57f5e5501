package io.huntbook.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.DataLoader;
import io.huntbook.engine.LocalEngine;
import io.huntbook.kql.schema.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every case Kusto answered ({@code conformance/kusto-verified.jsonl}) through the local
 * engine. A case that fails must be on {@code conformance/expected-failures.txt}; the list only
 * shrinks: listed cases that now pass are printed so they get removed.
 */
class ConformanceTest {
  private static final Path EXPECTED_FAILURES =
      Path.of("src/test/resources/conformance/expected-failures.txt");

  @Test
  void localEngineAnswersAsKustoDoes() throws Exception {
    Path cases =
        Path.of(System.getProperty("huntbook.shared", "../../shared"))
            .resolve("conformance/kusto-verified.jsonl");
    assertThat(cases).exists();
    List<ConformanceRun.Outcome> outcomes;
    try (LocalEngine engine = LocalEngine.inMemory(Catalog.empty(), DataLoader.none())) {
      outcomes = ConformanceRun.run(engine, ConformanceCase.load(cases));
    }
    Set<String> expectedFailures = expectedFailures();
    Map<String, int[]> families = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    List<String> nowPassing = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    for (ConformanceRun.Outcome outcome : outcomes) {
      String id = outcome.testCase().id();
      families
          .computeIfAbsent(outcome.testCase().family(), f -> new int[2])[
          outcome.passed() ? 0 : 1]++;
      if (outcome.passed()) {
        if (expectedFailures.contains(id)) {
          nowPassing.add(id);
        }
      } else {
        failing.add(id);
        if (!expectedFailures.contains(id)) {
          unexpected.add(id + ": " + outcome.detail() + "\n    " + outcome.testCase().kql());
        }
      }
    }
    int passed = 0;
    for (var family : families.entrySet()) {
      System.out.printf(
          "%s: %d passed, %d failed%n",
          family.getKey(), family.getValue()[0], family.getValue()[1]);
      passed += family.getValue()[0];
    }
    System.out.printf(
        "total: %d passed, %d failed (%.1f%%)%n",
        passed, outcomes.size() - passed, 100.0 * passed / outcomes.size());
    Path actual = Path.of("target/conformance-failures.txt");
    Files.createDirectories(actual.getParent());
    Files.write(actual, failing, StandardCharsets.UTF_8);
    if (!nowPassing.isEmpty()) {
      System.out.println(
          "These cases pass now; remove them from "
              + EXPECTED_FAILURES
              + ":\n  "
              + String.join("\n  ", nowPassing));
    }
    assertThat(unexpected).as("cases that fail and are not expected to").isEmpty();
  }

  private static Set<String> expectedFailures() throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(EXPECTED_FAILURES, StandardCharsets.UTF_8)) {
      String id = line.strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(id);
      }
    }
    return ids;
  }
}
