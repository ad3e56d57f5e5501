package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hunt end to end through the command line, then report and export from its notebook. */
class NotebookCommandsTest {
  @TempDir Path dir;

  @Test
  void huntWritesNotebookAndReportThenReportAndExportReadTheNotebook() throws Exception {
    Path out = dir.resolve("out");

    CliRun hunt = CliRun.of("hunt", "-o", out.toString(), "-p", "lookback=14d");

    assertThat(hunt.exitCode()).as(hunt.err()).isZero();
    assertThat(hunt.out()).contains("Domain trusts").contains("Kerberoast").contains("found");
    Path notebook = out.resolve("hunt.ipynb");
    assertThat(notebook).exists();
    assertThat(out.resolve("report.html")).exists();

    Path page = dir.resolve("again.html");
    CliRun report = CliRun.of("report", notebook.toString(), "-o", page.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("Domain trusts").contains("<table");
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");

    int withTable = firstCellWithATable(notebook);
    CliRun export =
        CliRun.of("export", notebook.toString(), "--cell", "" + withTable, "--format", "csv");
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out().lines().count()).isGreaterThan(1);

    CliRun missing = CliRun.of("export", notebook.toString(), "--cell", "999");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no executed cell [999]");
  }

  private static int firstCellWithATable(Path notebook) throws Exception {
    JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
    for (JsonNode cell : cells) {
      for (JsonNode output : cell.path("outputs")) {
        if (output.path("data").has("application/vnd.dataresource+json")
            && output.path("data").path("application/vnd.dataresource+json").path("data").size()
                > 0) {
          return cell.path("execution_count").asInt();
        }
      }
    }
    throw new AssertionError("no cell of the executed hunt has a non-empty table");
  }

  @Test
  void aBadParameterIsAClearUsageError() {
    CliRun run = CliRun.of("hunt", "-o", dir.toString(), "-p", "not a parameter");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("name=value");
  }
}
