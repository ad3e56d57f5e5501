package io.huntbook.notebook.hunt;

import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.exec.NotebookRunner;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.RunResult;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.ParameterException;
import io.huntbook.notebook.report.FindingSummary;
import io.huntbook.notebook.report.HtmlReport;
import io.huntbook.notebook.report.ResultExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a guided hunt in one call: injects the parameters, checks and runs every cell, writes the
 * executed notebook and the HTML report into the output folder, and summarises the findings by
 * technique. What {@code huntbook hunt} calls.
 */
public final class HuntService {
  /** File name of the executed notebook in the output folder. */
  public static final String NOTEBOOK_FILE = "hunt.ipynb";

  /** File name of the report in the output folder. */
  public static final String REPORT_FILE = "report.html";

  private HuntService() {}

  public static HuntResult run(HuntOptions options)
      throws IOException, ParameterException, InterruptedException {
    Notebook notebook = options.notebook().orElseGet(LdapHunt::notebook);
    Notebook injected = NotebookParameters.inject(notebook, options.parameters());
    RunResult run =
        NotebookRunner.runOnce(
            injected,
            options.backends(),
            options.checker(),
            options.throttle(),
            new RunOptions(options.concurrency(), options.progress()),
            SessionState.on(options.connection()));
    List<FindingSummary> findings = findings(run);
    Files.createDirectories(options.outputFolder());
    Path notebookPath = options.outputFolder().resolve(NOTEBOOK_FILE);
    Path reportPath = options.outputFolder().resolve(REPORT_FILE);
    NotebookFiles.write(notebookPath, run.notebook());
    NotebookFiles.writeAtomically(
        reportPath, HtmlReport.render(options.title(), run.notebook(), findings));
    return new HuntResult(notebookPath, reportPath, findings, run);
  }

  /** One summary line per technique cell of the run. */
  public static List<FindingSummary> findings(RunResult run) {
    List<FindingSummary> findings = new ArrayList<>();
    for (LdapHunt.FindingCell finding : LdapHunt.findings(run.notebook())) {
      Optional<RunResult.CellRun> cellRun = run.cell(finding.cellIndex());
      Optional<ResultTable> table = cellRun.flatMap(r -> r.result().table());
      String error =
          cellRun.isEmpty() || !cellRun.get().result().failed()
              ? ""
              : firstError(cellRun.get().result().outputs()).orElse("failed");
      findings.add(summary(finding, table, table.map(ResultTable::rowCount).orElse(0), error));
    }
    return findings;
  }

  /**
   * One summary line per technique cell of a notebook executed earlier (read from a file): the
   * tables come from the cells' saved outputs, the row counts from their {@code huntbook} metadata
   * (a saved table keeps only its first rows).
   */
  public static List<FindingSummary> findings(Notebook executed) {
    List<FindingSummary> findings = new ArrayList<>();
    for (LdapHunt.FindingCell finding : LdapHunt.findings(executed)) {
      Optional<ResultTable> table = ResultExport.fromCell(finding.cell());
      int rows =
          finding
              .cell()
              .metadata()
              .path("huntbook")
              .path("rows")
              .asInt(table.map(ResultTable::rowCount).orElse(0));
      String error = firstError(finding.cell().outputs()).orElse("");
      findings.add(summary(finding, table, error.isEmpty() ? rows : 0, error));
    }
    return findings;
  }

  private static FindingSummary summary(
      LdapHunt.FindingCell finding, Optional<ResultTable> table, int rows, String error) {
    return new FindingSummary(
        finding.title(),
        finding.attack(),
        rows,
        table.map(t -> distinct(t, "DeviceName")).orElse(0),
        table.map(t -> distinct(t, "AccountName")).orElse(0),
        error,
        HtmlReport.anchor(finding.cellIndex()));
  }

  private static Optional<String> firstError(List<Output> outputs) {
    return outputs.stream()
        .filter(output -> output instanceof Output.Error)
        .map(output -> ((Output.Error) output).ename() + " " + ((Output.Error) output).evalue())
        .findFirst();
  }

  private static int distinct(ResultTable table, String column) {
    int index = table.columnIndex(column);
    if (index < 0) {
      return 0;
    }
    Set<Object> values = new HashSet<>();
    for (List<Object> row : table.rows()) {
      Object value = row.get(index);
      if (value != null && !"".equals(value)) {
        values.add(value);
      }
    }
    return values.size();
  }
}
