package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryAndBatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void queryPrintsTypedJsonInTheConformanceEncoding() throws Exception {
    CliRun run =
        CliRun.of(
            "query",
            "--format",
            "json",
            "print n = 1, s = 'a\"b', t = datetime(2024-01-02 03:04:05), d = 1d + 2h");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.path("columns").toString())
        .isEqualTo(
            "[{\"name\":\"n\",\"type\":\"long\"},{\"name\":\"s\",\"type\":\"string\"},"
                + "{\"name\":\"t\",\"type\":\"datetime\"},{\"name\":\"d\",\"type\":\"timespan\"}]");
    assertThat(result.path("rows").toString())
        .isEqualTo("[[1,\"a\\\"b\",\"2024-01-02T03:04:05.0000000Z\",\"1.02:00:00\"]]");
  }

  @Test
  void queryTableFormatShowsTheRowCountAndCsvQuotes() {
    CliRun table = CliRun.of("query", "range x from 1 to 3 step 1");
    assertThat(table.out()).contains("(3 rows)");

    CliRun csv = CliRun.of("query", "--format", "csv", "print a = 'x,y', b = 2");
    assertThat(csv.out()).isEqualTo("a,b\r\n\"x,y\",2\r\n");
  }

  @Test
  void aWrongQueryGetsLineColumnCodeAndCaretNotAStackTrace() {
    CliRun run = CliRun.of("query", "DeviceEvents\n| where ActionTyp == 'LdapSearch'");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.err()).contains("line 2:9").contains("KQL0101").contains("^");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void batchAnswersEveryLineWithAResultOrAnError() throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    Files.write(
        cases,
        List.of(
            "{\"id\":\"ok\",\"kql\":\"datatable(k:long)[3,1,2] | order by k asc\"}",
            "{\"id\":\"bad\",\"kql\":\"print x = \\n nosuchfunction(1)\"}",
            "{\"id\":\"tables\",\"kql\":\"DeviceEvents | where ActionType == 'LdapSearch' | count\"}"));

    CliRun run = CliRun.of("batch", cases.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> lines = run.out().lines().map(QueryAndBatchCommandTest::parse).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).path("id").asText()).isEqualTo("ok");
    assertThat(lines.get(0).path("rows").toString()).isEqualTo("[[1],[2],[3]]");
    JsonNode error = lines.get(1).path("error");
    assertThat(error.path("code").asText()).startsWith("KQL");
    assertThat(error.path("line").asInt()).isEqualTo(2);
    assertThat(error.path("column").asInt()).isEqualTo(2);
    assertThat(lines.get(2).path("columns").get(0).path("name").asText()).isEqualTo("Count");
    assertThat(lines.get(2).path("rows").get(0).get(0).asLong()).isPositive();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
