package io.huntbook.cli;

import io.huntbook.tenant.importer.ImportOptions;
import io.huntbook.tenant.importer.ImportProblem;
import io.huntbook.tenant.importer.ImportSummary;
import io.huntbook.tenant.importer.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook import --workspace DIR FILE…}: loads Defender exports (streaming-API JSON lines,
 * Event Hubs records, saved API responses, portal CSV; gzip or not) into a workspace that {@code
 * --workspace DIR} then hunts over.
 */
@Command(name = "import", description = "Import Defender exports into a workspace for hunting.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--workspace",
      required = true,
      paramLabel = "DIR",
      description = "The workspace (created if missing).")
  Path workspace;

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      description =
          "Table for files that do not name theirs (API responses, CSV); default: from the file name.")
  String table;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files to import (.json, .jsonl, .csv, optionally .gz).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    ImportOptions options = ImportOptions.defaults();
    if (table != null) {
      options = options.withTable(table);
    }
    ImportSummary summary = Importer.importFiles(workspace, files, options);
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Long> rows = new TreeMap<>(summary.rowsPerTable());
    rows.forEach((name, count) -> out.printf("%-32s %,12d rows%n", name, count));
    out.printf("%-32s %,12d rows%n", "total", summary.totalRows());
    summary.captureTime().ifPresent(t -> out.println("capture time (now() in queries): " + t));
    PrintWriter err = spec.commandLine().getErr();
    for (ImportProblem problem : summary.problems()) {
      err.println(problem);
    }
    if (summary.problemCount() > summary.problems().size()) {
      err.printf("… and %d more problems%n", summary.problemCount() - summary.problems().size());
    }
    out.flush();
    if (!summary.isComplete()) {
      err.printf("%d line(s) skipped; the rest was imported%n", summary.linesSkipped());
      err.flush();
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
