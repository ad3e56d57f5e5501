package io.huntbook.notebook.hunt;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import io.huntbook.notebook.exec.RunResult;
import io.huntbook.notebook.render.TextTable;
import io.huntbook.notebook.report.FindingSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a hunt produced: where the executed notebook and the report are, the findings by technique,
 * and the run itself (every cell's full result, for exports).
 */
public record HuntResult(Path notebook, Path report, List<FindingSummary> findings, RunResult run) {
  public HuntResult {
    Objects.requireNonNull(notebook);
    Objects.requireNonNull(report);
    findings = List.copyOf(findings);
    Objects.requireNonNull(run);
  }

  /** Cells that ended in an error. */
  public long failures() {
    return run.failures();
  }

  /** Findings with at least one row. */
  public long hits() {
    return findings.stream().filter(finding -> finding.rows() > 0).count();
  }

  /** The findings as a table, for {@link TextTable}. */
  public ResultTable findingsTable() {
    List<List<Object>> rows = new ArrayList<>();
    for (FindingSummary finding : findings) {
      rows.add(
          List.of(
              finding.title(),
              String.join(", ", finding.attack()),
              (long) finding.rows(),
              (long) finding.devices(),
              (long) finding.accounts(),
              finding.failed() ? "error: " + finding.error() : finding.rows() > 0 ? "found" : "-"));
    }
    return new ResultTable(
        List.of(
            new Column("Finding", KqlType.STRING),
            new Column("ATT&CK", KqlType.STRING),
            new Column("Rows", KqlType.LONG),
            new Column("Devices", KqlType.LONG),
            new Column("Accounts", KqlType.LONG),
            new Column("Status", KqlType.STRING)),
        rows);
  }

  /** What {@code huntbook hunt} prints: the findings table and where the files are. */
  public String summary() {
    return TextTable.render(findingsTable(), new TextTable.Options(200, 60))
        + hits()
        + " of "
        + findings.size()
        + " technique queries found something"
        + (failures() > 0 ? "; " + failures() + " cells failed" : "")
        + ".\nExecuted notebook: "
        + notebook
        + "\nReport: "
        + report
        + "\n";
  }
}
