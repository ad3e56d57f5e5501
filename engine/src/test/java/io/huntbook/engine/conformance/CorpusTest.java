package io.huntbook.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.DataLoader;
import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.kql.schema.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real hunting query of the corpus either runs on the (empty) Defender tables or is rejected
 * with a diagnostic before it reaches DuckDB: the lowering never produces SQL that fails to run.
 */
class CorpusTest {

  @Test
  void everyCorpusQueryRunsOrIsRejectedWithADiagnostic() throws Exception {
    Path corpus =
        Path.of(System.getProperty("huntbook.shared", "../../shared"))
            .resolve("corpus/m365d-hunting-queries");
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus)) {
      files = listing.filter(p -> p.toString().endsWith(".kql")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(300);
    List<String> failures = new ArrayList<>();
    int ran = 0;
    try (LocalEngine engine = LocalEngine.inMemory(Catalog.defender(), DataLoader.none())) {
      for (Path file : files) {
        try {
          engine.execute(QueryRequest.of(Files.readString(file)));
          ran++;
        } catch (QueryException e) {
          if (e.line() == 0) {
            failures.add(file.getFileName() + ": " + e.getMessage());
          }
        }
      }
    }
    System.out.printf("corpus: %d of %d queries ran%n", ran, files.size());
    assertThat(failures).as("queries that failed inside DuckDB").isEmpty();
    assertThat(ran).isGreaterThan(290);
  }
}
