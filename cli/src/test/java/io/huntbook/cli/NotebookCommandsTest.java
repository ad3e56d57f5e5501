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

  @Test
  void aSharedNotebookCannotSwitchAnUnattendedRunToAnotherApi() throws Exception {
    Path notebook = dir.resolve("shared.ipynb");
    Files.writeString(
        notebook,
        """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
         "cells": [
          {"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null,
           "outputs": [], "source": "print answer = 42"},
          {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": null,
           "outputs": [], "source": "%connect graph\\nDeviceEvents | take 1"},
          {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": null,
           "outputs": [], "source": "%connect local\\nprint back = 1"}
         ]}
        """);
    Path executed = dir.resolve("executed.ipynb");

    CliRun run = CliRun.of("run", notebook.toString(), "-o", executed.toString());

    JsonNode cells = new ObjectMapper().readTree(executed.toFile()).path("cells");
    assertThat(cells.get(0).path("outputs").get(0).path("output_type").asText())
        .isEqualTo("execute_result");
    JsonNode refused = cells.get(1).path("outputs").get(0);
    assertThat(refused.path("output_type").asText()).isEqualTo("error");
    assertThat(refused.path("ename").asText()).isEqualTo("HB0202");
    assertThat(refused.path("evalue").asText()).contains("pass --connection graph");
    assertThat(cells.get(2).path("outputs").get(0).path("output_type").asText())
        .isEqualTo("execute_result");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }
}
