package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/parser/<case>.kql} is parsed and compared with
 * {@code <case>.tree} (the tree without spans) or {@code <case>.diagnostics} (the diagnostics in
 * compiler form). The actual output is written under {@code target/golden/parser/}; {@code
 * -Dgolden.update=true} rewrites the expected files instead.
 */
class GoldenTest {
  private static final Path CASES = Path.of("src/test/resources/parser");
  private static final Path ACTUAL = Path.of("target/golden/parser");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".kql"))
          .map(name -> name.substring(0, name.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String name) throws IOException {
    SourceText source =
        new SourceText(name + ".kql", Files.readString(CASES.resolve(name + ".kql")));
    ParseResult result = KqlParser.parse(source);
    Path tree = CASES.resolve(name + ".tree");
    Path diagnostics = CASES.resolve(name + ".diagnostics");
    boolean wantsDiagnostics =
        Files.exists(diagnostics) || (!Files.exists(tree) && !result.diagnostics().isEmpty());
    Path expectedFile = wantsDiagnostics ? diagnostics : tree;
    String actual =
        wantsDiagnostics ? diagnosticsText(result, source) : TreeDump.dump(result.script());

    Files.createDirectories(ACTUAL);
    Path actualFile = ACTUAL.resolve(expectedFile.getFileName());
    Files.writeString(actualFile, actual);
    if (UPDATE || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, actual);
      assertThat(UPDATE).as("wrote missing golden file " + expectedFile).isTrue();
      return;
    }
    assertThat(actual)
        .as(
            "%s differs from %s (run with -Dgolden.update=true to accept)",
            actualFile, expectedFile)
        .isEqualTo(Files.readString(expectedFile));
    if (!wantsDiagnostics) {
      assertThat(result.diagnostics()).as("a .tree case must parse cleanly").isEmpty();
    }
  }

  private static String diagnosticsText(ParseResult result, SourceText source) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : result.diagnostics()) {
      out.append(DiagnosticRenderer.renderCompilerStyle(diagnostic, source));
    }
    return out.toString();
  }
}
