package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every real hunting query of the shared corpus, and every conformance query Kusto ran, parses. */
class CorpusParseTest {

  @Test
  @Timeout(120)
  void huntingQueriesParse() throws IOException {
    List<Path> files;
    try (Stream<Path> listing =
        Files.list(SharedFiles.shared().resolve("corpus/m365d-hunting-queries"))) {
      files = listing.filter(p -> p.toString().endsWith(".kql")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      SourceText source = new SourceText(file.getFileName().toString(), Files.readString(file));
      ParseResult result = KqlParser.parse(source);
      if (result.hasErrors()) {
        failures.add(DiagnosticRenderer.renderAll(result.diagnostics(), source));
      }
    }
    System.out.println(
        "corpus: "
            + (files.size() - failures.size())
            + " parsed, "
            + failures.size()
            + " with syntax errors");
    failures.forEach(System.out::println);
    assertThat(files).hasSizeGreaterThan(300);
    assertThat(failures.size()).isLessThanOrEqualTo(files.size() / 20);
  }

  @Test
  @Timeout(120)
  void conformanceQueriesThatKustoRanParse() throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (SharedFiles.ConformanceCase conformance : SharedFiles.conformanceCases()) {
      if (!"rows".equals(conformance.expect())) {
        continue;
      }
      checked++;
      SourceText source = new SourceText(conformance.id(), conformance.kql());
      ParseResult result = KqlParser.parse(source);
      if (result.hasErrors()) {
        failures.add(DiagnosticRenderer.renderAll(result.diagnostics(), source));
      }
    }
    System.out.println(
        "conformance: "
            + (checked - failures.size())
            + " parsed, "
            + failures.size()
            + " with syntax errors");
    failures.forEach(System.out::println);
    assertThat(checked).isGreaterThan(500);
    assertThat(failures).isEmpty();
  }
}
