package io.huntbook.notebook.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.report.FindingSummary;
import io.huntbook.notebook.testing.Chromium;
import io.huntbook.notebook.testing.Nbformat;
import io.huntbook.tenant.demo.DemoTenantOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole LDAP hunt executed on the demo tenant, with one broken cell added: the executed
 * notebook validates, the broken cell has an error naming line and column while every other cell
 * has its result, and the report opens in a browser with the findings.
 */
class LdapHuntRunTest {
  @Test
  void executedHuntAndReport(@TempDir Path folder) throws Exception {
    Notebook hunt = LdapHunt.notebook();
    List<Cell> cells = new ArrayList<>(hunt.cells());
    cells.add(MarkdownCell.of(Optional.of("broken-text"), "## A broken cell"));
    cells.add(
        CodeCell.of(
            Optional.of("broken"),
            "LdapSearches\n| where Filter has \"x\"\n| project DeviceName, NoSuchColumn",
            Json.object()));
    Notebook withError = hunt.withCells(cells);
    HuntOptions options =
        HuntOptions.ldapHunt(
                folder.resolve("out"),
                "local",
                DemoTenantBackends.factory(DemoTenantOptions.defaults()))
            .withNotebook(withError, "LDAP reconnaissance hunt")
            .withChecker(KqlChecker.defender())
            .withParameters(Map.of("lookback", "14d"))
            .withProgress(Progress.QUIET);
    HuntResult result = HuntService.run(options);

    Nbformat.assertValid(result.notebook());
    Notebook executed = NotebookFiles.read(result.notebook());
    assertThat(result.failures()).isEqualTo(1);
    CodeCell broken = executed.codeCells().getLast();
    Output.Error error = (Output.Error) broken.outputs().getFirst();
    assertThat(error.evalue()).startsWith("line 3:23: ").contains("NoSuchColumn");
    assertThat(String.join("\n", error.traceback()))
        .contains("| project DeviceName, NoSuchColumn")
        .contains("^");
    for (CodeCell cell : executed.codeCells()) {
      if (cell == broken
          || cell.source().isBlank()
          || cell.hasTag("parameters")
          || cell.hasTag("definitions")
          || cell.hasTag("injected-parameters")) {
        continue;
      }
      assertThat(cell.outputs())
          .as("cell %s", cell.id())
          .singleElement()
          .isInstanceOf(Output.ExecuteResult.class);
      assertThat(cell.metadata().at("/huntbook/status").asText()).isEqualTo("ok");
    }
    List<String> hits =
        result.findings().stream().filter(f -> f.rows() > 0).map(FindingSummary::title).toList();
    assertThat(hits)
        .contains("Domain Admins membership", "Domain trusts", "Burst of distinct filters");
    assertThat(result.findings()).noneMatch(FindingSummary::failed);

    CodeCell summary =
        executed.codeCells().stream()
            .filter(c -> c.id().orElse("").equals("summary"))
            .findFirst()
            .orElseThrow();
    Output.ExecuteResult summaryResult = (Output.ExecuteResult) summary.outputs().getFirst();
    assertThat(summaryResult.data().get("text/plain").asText())
        .contains("Domain trusts")
        .contains("SharpHound");

    Path screenshot = folder.resolve("report.png");
    String dom = Chromium.dumpDom(result.report(), screenshot, folder);
    assertThat(Files.size(screenshot)).isGreaterThan(1000);
    assertThat(dom)
        .contains("Findings")
        .contains("Domain Admins membership")
        .contains("contoso.local");
    assertThat(dom).contains("NoSuchColumn");
    assertThat(result.summary()).contains("Burst of distinct filters").contains("found");

    // Keep the executed hunt for people (and CI artifacts) to look at.
    Path kept = Path.of("target", "hunt-report");
    Files.createDirectories(kept);
    Files.copy(
        result.report(),
        kept.resolve("report.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        result.notebook(),
        kept.resolve("hunt.ipynb"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        screenshot, kept.resolve("report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(kept.resolve("summary.txt"), result.summary());
  }
}
