package io.huntbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultJson;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.render.TextTable;
import io.huntbook.notebook.report.ResultExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code huntbook query [--format …] [--now DATETIME] KQL|-}: runs one query and prints it. */
@Command(name = "query", description = "Run one KQL query and print its result.")
final class QueryCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  enum Format {
    table,
    csv,
    json,
    jsonl
  }

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table (aligned, for a terminal), csv, json or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--now",
      paramLabel = "DATETIME",
      description =
          "The instant now() and ago() mean, ISO 8601 (default: the dataset's capture time).")
  String now;

  @Option(
      names = "--timespan",
      paramLabel = "ISO8601",
      description = "Time range for APIs that take one (Graph), e.g. P7D.")
  String timespan;

  @Parameters(
      index = "0",
      paramLabel = "KQL",
      description = "The query, or - to read it from standard input.")
  String kql;

  @Override
  public Integer call() throws IOException, QueryException, InterruptedException {
    String text =
        "-".equals(kql) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : kql;
    QueryRequest request =
        new QueryRequest(text, "<query>", Optional.ofNullable(timespan), parseNow());
    ResultTable table;
    try (Backend backend = connection.open()) {
      table = backend.execute(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case table -> out.println(TextTable.render(table, TextTable.Options.TERMINAL));
      case csv -> out.print(ResultExport.csv(table));
      case json -> out.println(ResultJson.toJson(table));
      case jsonl -> {
        for (var row : table.rows()) {
          ObjectNode line = MAPPER.createObjectNode();
          for (int c = 0; c < row.size(); c++) {
            line.set(
                table.columns().get(c).name(),
                ResultJson.value(row.get(c), table.columns().get(c)));
          }
          out.println(MAPPER.writeValueAsString(line));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Optional<Instant> parseNow() {
    if (now == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(now.contains("T") ? now : now + "T00:00:00Z"));
    } catch (DateTimeParseException e) {
      throw new UserException(
          "--now wants an ISO 8601 instant such as 2026-11-20T12:00:00Z, not '" + now + "'");
    }
  }
}
