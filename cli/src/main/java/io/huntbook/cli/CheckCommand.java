package io.huntbook.cli;

import io.huntbook.kql.binder.Binder;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook check [--parse-only] FILE…}: parses each KQL file and, unless told otherwise,
 * binds it against the Defender schema; prints every diagnostic in the compiler form.
 */
@Command(
    name = "check",
    description = "Check KQL files: syntax, and unless --parse-only, tables, columns and types.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--parse-only", description = "Check the syntax only.")
  boolean parseOnly;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "KQL files to check.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int filesWithErrors = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      SourceText source = new SourceText(file.toString(), text);
      List<Diagnostic> diagnostics = diagnose(source);
      for (Diagnostic diagnostic : diagnostics) {
        out.println(DiagnosticRenderer.renderCompilerStyle(diagnostic, source));
      }
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        filesWithErrors++;
      }
    }
    out.flush();
    if (filesWithErrors > 0) {
      spec.commandLine()
          .getErr()
          .printf("%d of %d file(s) have errors%n", filesWithErrors, files.size());
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private List<Diagnostic> diagnose(SourceText source) {
    ParseResult parsed = KqlParser.parse(source);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    // Binding a tree with syntax errors reports follow-on noise; the syntax errors come first.
    if (!parseOnly && !parsed.hasErrors()) {
      diagnostics.addAll(Binder.bind(parsed.script(), Catalog.defender()).diagnostics());
    }
    diagnostics.sort(Comparator.comparingInt(d -> d.span().start()));
    return diagnostics;
  }
}
