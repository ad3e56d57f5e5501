package io.huntbook.cli;

import io.huntbook.engine.QueryException;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticRenderer;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.CellProblem;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.NotebookRunner;
import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.exec.QueryChecker;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook check [--parse-only] FILE…}: parses each KQL file and, unless told otherwise,
 * binds it against the Defender schema; prints every diagnostic in the compiler form. A notebook
 * ({@code .ipynb}) is checked cell by cell as {@code huntbook run} checks it before sending
 * anything: magics, parameters and definitions carry from cell to cell, and each problem is placed
 * in its cell's own lines.
 */
@Command(
    name = "check",
    description =
        "Check KQL files and KQL notebooks (.ipynb): syntax, and unless --parse-only, tables,"
            + " columns and types. Sends nothing.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--parse-only", description = "Check the syntax only.")
  boolean parseOnly;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "KQL files, or notebooks ending in .ipynb.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int filesWithErrors = 0;
    for (Path file : files) {
      if (isNotebook(file)) {
        if (!checkNotebook(file, out)) {
          filesWithErrors++;
        }
        continue;
      }
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

  private static boolean isNotebook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ipynb");
  }

  /** Checks a notebook's code cells in order; true when none has an error. */
  private boolean checkNotebook(Path file, PrintWriter out) throws IOException {
    Notebook notebook = NotebookFiles.read(file);
    BackendFactory nothing =
        connection -> {
          throw new QueryException("HB0010", "check sends nothing");
        };
    boolean clean = true;
    try (BackendPool pool = new BackendPool(nothing)) {
      NotebookRunner runner =
          new NotebookRunner(
              new CellExecutor(pool, checker(), Throttle.NONE), new RunOptions(1, Progress.QUIET));
      for (NotebookRunner.CheckedCell cell : runner.check(notebook, SessionState.on("local"))) {
        List<Finding> found = new ArrayList<>();
        cell.prepared().problems().forEach(problem -> found.add(new Finding(problem, true)));
        cell.prepared().warnings().forEach(warning -> found.add(new Finding(warning, false)));
        found.sort(Comparator.comparingInt(finding -> finding.problem().line()));
        for (Finding finding : found) {
          CellProblem problem = finding.problem();
          boolean error = finding.error();
          clean &= !error;
          String where =
              file
                  + " ["
                  + cell.prepared().sourceName()
                  + "]"
                  + (problem.line() > 0 ? ":" + problem.line() + ":" + problem.column() : "");
          out.println(
              where
                  + (error ? ": error " : ": warning ")
                  + problem.code()
                  + " "
                  + problem.message());
          // The rendering's first line repeats the message; the source line and caret follow.
          problem.rendering().stream().skip(1).forEach(out::println);
        }
      }
    }
    return clean;
  }

  /** A problem or a warning of a notebook cell. */
  private record Finding(CellProblem problem, boolean error) {}

  /** What files and notebook cells are checked with: the runner's checker, or syntax alone. */
  private QueryChecker checker() {
    return parseOnly ? KqlChecker.syntaxOnly() : KqlChecker.defender();
  }

  private List<Diagnostic> diagnose(SourceText source) {
    List<Diagnostic> diagnostics = new ArrayList<>(checker().check(source.name(), source.text()));
    diagnostics.sort(Comparator.comparingInt(d -> d.span().start()));
    return diagnostics;
  }
}
