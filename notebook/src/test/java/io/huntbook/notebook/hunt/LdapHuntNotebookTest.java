package io.huntbook.notebook.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookJson;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.ParameterType;
import io.huntbook.notebook.testing.Nbformat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged LDAP hunt is exactly what its source compiles to (run with {@code
 * -Dhuntbook.rewrite=true} to regenerate it), is valid nbformat, and has the sections the guide
 * promises.
 */
class LdapHuntNotebookTest {
  static final Path ROOT = Path.of(System.getProperty("huntbook.root", "..")).resolve("notebook");
  static final Path SOURCE = ROOT.resolve("src/hunts/ldap-reconnaissance.hunt.md");
  static final Path PACKAGED =
      ROOT.resolve("src/main/resources/io/huntbook/notebook/hunts/ldap-reconnaissance.ipynb");

  @Test
  void packagedNotebookIsTheCompiledSource() throws Exception {
    String compiled =
        NotebookJson.write(HuntSource.compile(Files.readString(SOURCE, StandardCharsets.UTF_8)));
    if (Boolean.getBoolean("huntbook.rewrite")) {
      Files.createDirectories(PACKAGED.getParent());
      Files.writeString(PACKAGED, compiled, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(PACKAGED))
        .as("run the test with -Dhuntbook.rewrite=true to create %s", PACKAGED)
        .isTrue();
    assertThat(Files.readString(PACKAGED, StandardCharsets.UTF_8))
        .as("%s is stale: run with -Dhuntbook.rewrite=true", PACKAGED)
        .isEqualTo(compiled);
    Nbformat.assertValid(PACKAGED);
  }

  @Test
  void theHuntHasEverySection() throws Exception {
    Notebook hunt = LdapHunt.notebook();
    List<String> findings =
        LdapHunt.findings(hunt).stream().map(LdapHunt.FindingCell::title).toList();
    assertThat(findings)
        .contains(
            "Domain Admins membership",
            "adminCount=1 (protected accounts)",
            "Unconstrained delegation",
            "AS-REP roastable accounts",
            "Kerberoastable accounts (SPN wildcard)",
            "LAPS password sweep",
            "Domain trusts",
            "SharpHound / BloodHound collection",
            "Passwords in description or comment",
            "Domain controller enumeration",
            "Resource-based constrained delegation",
            "Constrained delegation",
            "Burst of distinct filters",
            "Suspicious filters at the domain controller",
            "Process behind a domain controller search");
    assertThat(NotebookParameters.declared(hunt))
        .containsEntry("lookback", ParameterType.TIMESPAN)
        .containsEntry("excludedProcesses", ParameterType.DYNAMIC)
        .containsEntry("domain", ParameterType.STRING);
    // Every technique section shows the command that generates its telemetry in a fenced block,
    // so the square brackets of [adsisearcher] survive Jupyter's markdown.
    long fenced =
        hunt.cells().stream()
            .filter(cell -> cell instanceof MarkdownCell)
            .filter(cell -> cell.source().contains("```powershell\n"))
            .count();
    assertThat(fenced).isGreaterThanOrEqualTo(13);
    assertThat(hunt.cells())
        .filteredOn(cell -> cell instanceof MarkdownCell)
        .noneMatch(
            cell -> cell.source().replaceAll("(?s)```.*?```", "").contains("[adsisearcher]"));
    CodeCell summary =
        hunt.codeCells().stream()
            .filter(c -> c.id().orElse("").equals("summary"))
            .findFirst()
            .orElseThrow();
    assertThat(summary.source())
        .startsWith("// All findings")
        .contains("union\n")
        .contains("Finding = \"Domain trusts\"");
  }

  @Test
  void everyQueryParsesAndBindsAgainstTheDefenderSchema() {
    Notebook hunt = LdapHunt.notebook();
    io.huntbook.notebook.exec.CellExecutor executor =
        new io.huntbook.notebook.exec.CellExecutor(
            io.huntbook.notebook.exec.BackendPool.of(
                new io.huntbook.notebook.testing.FakeBackend(0)),
            io.huntbook.notebook.exec.KqlChecker.defender(),
            io.huntbook.notebook.exec.Throttle.NONE);
    io.huntbook.notebook.exec.SessionState state =
        io.huntbook.notebook.exec.SessionState.on("local");
    int queries = 0;
    for (CodeCell cell : hunt.codeCells()) {
      var prepared = executor.prepare(cell.source(), state, cell.id().orElse("?"));
      assertThat(prepared.problems()).as("cell %s", cell.id()).isEmpty();
      if (prepared.kind() == io.huntbook.notebook.exec.PreparedCell.Kind.QUERY) {
        queries++;
      }
      state = prepared.after();
    }
    assertThat(queries).isEqualTo(17);
  }
}
