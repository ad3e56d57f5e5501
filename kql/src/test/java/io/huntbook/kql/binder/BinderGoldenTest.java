package io.huntbook.kql.binder;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code src/test/resources/binder/<case>.kql} is bound against the Defender
 * schema; its result schema must equal {@code <case>.schema} and its diagnostics (parser's and
 * binder's, rendered with line, column and caret) {@code <case>.diagnostics}. The actual output
 * goes to {@code target/golden/binder/}; {@code -Dgolden.update=true} rewrites the expected files.
 * Adding a case needs no Java.
 */
class BinderGoldenTest {
  private static final Path CASES = Path.of("src", "test", "resources", "binder");
  private static final Path ACTUAL = Path.of("target", "golden", "binder");

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(CASES)) {
      cases = files.filter(p -> p.toString().endsWith(".kql")).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(kql -> DynamicTest.dynamicTest(kql.getFileName().toString(), () -> check(kql)));
  }

  private static void check(Path kql) throws IOException {
    String name = kql.getFileName().toString().replaceFirst("\\.kql$", "");
    SourceText source = new SourceText(name + ".kql", Files.readString(kql));
    ParseResult parsed = KqlParser.parse(source);
    BoundScript bound = Binder.bind(parsed.script(), Catalog.defender());
    String schema =
        bound
            .resultSchema()
            .map(
                columns ->
                    columns.stream()
                        .map(c -> c.name() + ": " + c.type().kqlName())
                        .collect(Collectors.joining("\n", "", "\n")))
            .orElse("<no schema>\n");
    List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    all.addAll(bound.diagnostics());
    String diagnostics = DiagnosticRenderer.renderAll(all, source);
    compare(name + ".schema", schema);
    compare(name + ".diagnostics", diagnostics);
  }

  private static void compare(String file, String actual) throws IOException {
    Files.createDirectories(ACTUAL);
    Files.writeString(ACTUAL.resolve(file), actual);
    Path expectedFile = CASES.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual);
      return;
    }
    assertThat(expectedFile).as("expected file %s (run with -Dgolden.update=true)", file).exists();
    assertThat(actual).as(file).isEqualTo(Files.readString(expectedFile));
  }
}
