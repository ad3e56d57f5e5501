package io.huntbook.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.kql.schema.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files of the lowering: each {@code lowering/<case>.kql} beside the {@code <case>.sql} it
 * must lower to, over the Defender schema. The actual SQL is written under {@code
 * target/golden/lowering}; {@code -Dgolden.update=true} rewrites the expected files.
 */
class LoweringGoldenTest {
  private static final Path CASES = Path.of("src/test/resources/lowering");
  private static final Path ACTUAL = Path.of("target/golden/lowering");
  private static final Instant NOW = Instant.parse("2024-01-15T12:00:00Z");

  @TestFactory
  Stream<DynamicTest> lowersEveryCaseAsExpected() throws IOException {
    Files.createDirectories(ACTUAL);
    List<Path> cases;
    try (Stream<Path> files = Files.list(CASES)) {
      cases = files.filter(p -> p.toString().endsWith(".kql")).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    boolean update = Boolean.getBoolean("golden.update");
    return cases.stream()
        .map(
            kql -> DynamicTest.dynamicTest(kql.getFileName().toString(), () -> check(kql, update)));
  }

  private static void check(Path kqlFile, boolean update) throws IOException {
    String name = kqlFile.getFileName().toString().replace(".kql", "");
    String kql = Files.readString(kqlFile, StandardCharsets.UTF_8);
    String actual;
    try {
      actual = QueryCompiler.compile(QueryRequest.of(kql), Catalog.defender(), NOW).sql() + "\n";
    } catch (QueryException e) {
      actual = "-- error " + e.code() + "\n" + e.getMessage() + "\n";
    }
    Files.writeString(ACTUAL.resolve(name + ".sql"), actual, StandardCharsets.UTF_8);
    Path expectedFile = CASES.resolve(name + ".sql");
    if (update || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual)
        .as(
            "lowering of %s (actual in %s; rerun with -Dgolden.update=true to accept)",
            name, ACTUAL.resolve(name + ".sql"))
        .isEqualTo(expected);
  }
}
