package io.huntbook.notebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.Output;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void markdownTablesRenderAndNothingLoadsFromOutside() {
    String markdown =
        """
        # Title <script>alert(1)</script>

        | a | b |
        |---|---|
        | 1 | 2 |

        ![remote](https://example.com/x.png) [link](https://example.com/page) [here](#cell-1)
        <img src="https://example.com/y.png">
        """;
    ResultTable table =
        new ResultTable(
            List.of(new Column("Cmd", KqlType.STRING), new Column("N", KqlType.LONG)),
            List.of(Arrays.asList("<script>x</script>", 3L)));
    Output result = CellExecutor.result(table, OptionalInt.of(1));
    CodeCell code =
        CodeCell.of(Optional.of("q"), "T | where a == \"<b>\"", Json.object())
            .executed(OptionalInt.of(1), List.of(result), Json.object());
    Notebook notebook = Notebook.create(List.of(MarkdownCell.of(Optional.of("m"), markdown), code));
    String html =
        HtmlReport.render(
            "Report <1>",
            notebook,
            List.of(new FindingSummary("Trusts & more", List.of("T1482"), 1, 1, 0, "", "cell-1")));
    assertThat(html).contains("<title>Report &lt;1&gt;</title>");
    assertThat(html).contains("<th>a</th>").contains("<td>1</td>");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http");
    assertThat(html)
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("T | where a == &quot;&lt;b&gt;&quot;");
    assertThat(html).contains("href=\"#cell-1\">here</a>").contains("Trusts &amp; more");
    assertThat(html).contains("1 of 1 technique queries returned rows.");
    assertThat(html).doesNotContain("http://").doesNotContain("<link");
  }

  @Test
  void aCellsWarningsAreSetApartFromItsOutput() {
    Output warning =
        new Output.Stream(
            "stderr", "warning: line 3:1: KQL0016 <a new statement>\n", Json.object());
    Output printed = new Output.Stream("stdout", "connection: local\n", Json.object());
    CodeCell code =
        CodeCell.of(Optional.of("q"), "print a = 1\n\nprint b = 2", Json.object())
            .executed(OptionalInt.of(1), List.of(warning, printed), Json.object());

    String html = HtmlReport.render("r", Notebook.create(List.of(code)), List.of());

    assertThat(html)
        .contains("<div class=\"stderr\"><pre>warning: line 3:1: KQL0016 &lt;a new statement&gt;")
        .contains("<pre>connection: local");
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    ResultTable table =
        new ResultTable(
            List.of(new Column("A", KqlType.STRING), new Column("B", KqlType.LONG)),
            List.of(Arrays.asList("x,\"y\"\nz", -5L), Arrays.asList("=cmd|' /C calc'!A0", null)));
    assertThat(ResultExport.csv(table))
        .isEqualTo("A,B\r\n\"x,\"\"y\"\"\nz\",-5\r\n'=cmd|' /C calc'!A0,\r\n");
  }

  @Test
  void savedResultsExportAgainWithTheirTypes() {
    ResultTable table =
        new ResultTable(
            List.of(
                new Column("When", KqlType.DATETIME),
                new Column("Span", KqlType.TIMESPAN),
                new Column("N", KqlType.LONG),
                new Column("Fields", KqlType.DYNAMIC),
                new Column("Name", KqlType.STRING)),
            List.of(
                Arrays.asList(
                    java.time.Instant.parse("2026-11-18T09:14:05.8500000Z"),
                    java.time.Duration.ofDays(1).plusMillis(1500).negated(),
                    7L,
                    io.huntbook.notebook.model.Json.object().put("a", 1),
                    "x")));
    CodeCell cell =
        CodeCell.of(Optional.of("q"), "T", Json.object())
            .executed(
                OptionalInt.of(1),
                List.of(CellExecutor.result(table, OptionalInt.of(1))),
                Json.object());
    ResultTable again = ResultExport.fromCell(cell).orElseThrow();
    assertThat(again.columns()).isEqualTo(table.columns());
    assertThat(again.rows()).isEqualTo(table.rows());
    assertThat(ResultExport.export(again, ResultExport.Format.JSON))
        .isEqualTo(
            "{\"columns\":[{\"name\":\"When\",\"type\":\"datetime\"},{\"name\":\"Span\",\"type\":\"timespan\"},"
                + "{\"name\":\"N\",\"type\":\"long\"},{\"name\":\"Fields\",\"type\":\"dynamic\"},"
                + "{\"name\":\"Name\",\"type\":\"string\"}],\"rows\":[[\"2026-11-18T09:14:05.8500000Z\","
                + "\"-1.00:00:01.5000000\",7,{\"a\":1},\"x\"]]}\n");
    assertThat(ResultExport.Format.of("CSV")).isEqualTo(ResultExport.Format.CSV);
  }
}
