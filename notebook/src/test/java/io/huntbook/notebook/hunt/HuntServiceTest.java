package io.huntbook.notebook.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.report.FindingSummary;
import io.huntbook.notebook.testing.Chromium;
import io.huntbook.notebook.testing.FakeBackend;
import io.huntbook.notebook.testing.Nbformat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hunt service end to end on a fake backend: files, findings, and the report in a browser. */
class HuntServiceTest {
  @Test
  void writesNotebookAndReportAndSummarises(@TempDir Path folder) throws Exception {
    FakeBackend backend = new FakeBackend(5);
    HuntOptions options =
        HuntOptions.ldapHunt(folder.resolve("out"), "local", connection -> backend)
            .withParameters(Map.of("lookback", "3d", "domain", "contoso\"; evil"))
            .withProgress(Progress.QUIET);
    HuntResult result = HuntService.run(options);

    assertThat(backend.closed()).as("the pool closes what it opened").isTrue();
    assertThat(result.failures()).isZero();
    assertThat(result.findings()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.rows()).isEqualTo(2));
    assertThat(backend.requests())
        .allSatisfy(
            request ->
                assertThat(request.kql())
                    .startsWith("let lookback = 3d;\n")
                    .contains("let domain = \"contoso\\\"; evil\";\n")
                    .contains("let LdapSearches = DeviceEvents"));
    Nbformat.assertValid(result.notebook());
    assertThat(NotebookFiles.read(result.notebook()).cells().get(4).tags())
        .containsExactly("injected-parameters");
    assertThat(result.summary())
        .contains("Domain trusts")
        .contains("of " + result.findings().size() + " technique queries found something")
        .contains("Report: " + result.report());

    String dom = Chromium.dumpDom(result.report(), folder.resolve("report.png"), folder);
    assertThat(Files.size(folder.resolve("report.png"))).isGreaterThan(1000);
    assertThat(dom).contains("LDAP reconnaissance hunt").contains("Findings");
    for (FindingSummary finding : result.findings()) {
      assertThat(dom).contains(finding.title().replace("&", "&amp;"));
    }
    assertThat(dom).contains("([adsisearcher]'(adminCount=1)').FindAll()");
    assertThat(dom).contains("<table>").contains("2 rows");
  }
}
