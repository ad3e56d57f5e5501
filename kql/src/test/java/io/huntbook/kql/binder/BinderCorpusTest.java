package io.huntbook.kql.binder;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Binds every real hunting query of {@code corpus/m365d-hunting-queries} against the Defender
 * schema. Queries naming a table the schema lacks are counted apart; of the others, the share that
 * binds without errors is the measure (failures go to {@code target/binder-corpus.txt}).
 */
class BinderCorpusTest {
  private static final int CLEAN_FLOOR = 343;

  @Test
  void huntingQueriesBind() throws IOException {
    Path dir = Path.of(System.getProperty("huntbook.shared"), "corpus", "m365d-hunting-queries");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".kql")).sorted().toList();
    }
    int clean = 0;
    int failed = 0;
    int unknownTable = 0;
    int unparsed = 0;
    List<String> report = new ArrayList<>();
    for (Path file : files) {
      SourceText source = new SourceText(file.getFileName().toString(), Files.readString(file));
      ParseResult parsed = KqlParser.parse(source);
      if (parsed.hasErrors()) {
        unparsed++;
        continue;
      }
      BoundScript bound = Binder.bind(parsed.script(), Catalog.defender());
      List<Diagnostic> errors = bound.diagnostics().stream().filter(Diagnostic::isError).toList();
      if (errors.stream().anyMatch(d -> d.code().equals(BinderDiagnostics.UNKNOWN_TABLE))) {
        unknownTable++;
        report.add(
            "TABLE "
                + file.getFileName()
                + " "
                + errors.stream()
                    .filter(d -> d.code().equals(BinderDiagnostics.UNKNOWN_TABLE))
                    .map(Diagnostic::message)
                    .toList());
      } else if (errors.isEmpty()) {
        clean++;
      } else {
        failed++;
        StringBuilder entry = new StringBuilder("FAIL " + file.getFileName());
        for (Diagnostic d : errors) {
          entry
              .append("\n  ")
              .append(source.line(d.span().start()))
              .append(':')
              .append(source.column(d.span().start()))
              .append(' ')
              .append(d.code())
              .append(' ')
              .append(d.message())
              .append("    | ")
              .append(source.lineText(source.line(d.span().start())).strip());
        }
        report.add(entry.toString());
      }
    }
    Path out = Path.of("target", "binder-corpus.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    System.out.printf(
        "binder corpus: %d of %d bind with no errors (%d with errors, %d name tables outside the"
            + " schema, %d do not parse)%n",
        clean, files.size(), failed, unknownTable, unparsed);
    assertThat(clean).isGreaterThanOrEqualTo(CLEAN_FLOOR);
  }
}
