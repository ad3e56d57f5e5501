package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultJson;
import io.huntbook.engine.result.ResultTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook batch FILE.jsonl}: reads lines {@code {"id","kql"}}, runs each in this one
 * process and writes one JSON line per case — the result ({@code columns}, {@code rows}) or the
 * error ({@code code}, {@code message}, {@code line}, {@code column}).
 */
@Command(
    name = "batch",
    description = "Run the queries of a JSON-lines file; one result line each.")
final class BatchCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Parameters(
      index = "0",
      paramLabel = "FILE.jsonl",
      description = "Lines of {\"id\": …, \"kql\": …}.")
  Path file;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    int badLines = 0;
    try (Backend backend = connection.open();
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode answer = MAPPER.createObjectNode();
        JsonNode input;
        try {
          input = MAPPER.readTree(line);
        } catch (IOException e) {
          input = null;
        }
        if (input == null || !input.isObject() || !input.path("kql").isTextual()) {
          badLines++;
          answer.putNull("id");
          answer.set(
              "error",
              error("BadInput", file + ":" + lineNumber + ": expected {\"id\":…, \"kql\":\"…\"}"));
        } else {
          answer.set("id", input.path("id"));
          answer.setAll(run(backend, input.path("id").asText(), input.path("kql").asText()));
        }
        out.println(MAPPER.writeValueAsString(answer));
        out.flush();
      }
    }
    if (badLines > 0) {
      spec.commandLine()
          .getErr()
          .printf("%d line(s) of %s were not {\"id\",\"kql\"} objects%n", badLines, file);
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private static ObjectNode run(Backend backend, String id, String kql)
      throws InterruptedException {
    ObjectNode answer = MAPPER.createObjectNode();
    try {
      ResultTable table =
          backend.execute(new QueryRequest(kql, id, Optional.empty(), Optional.empty()));
      answer.setAll(ResultJson.encode(table));
    } catch (QueryException e) {
      answer.set("error", ResultJson.encodeError(e));
    } catch (RuntimeException e) {
      // One broken case must not end the batch; it is reported as that case's error.
      answer.set("error", error("InternalError", e.toString()));
    }
    return answer;
  }

  private static ObjectNode error(String code, String message) {
    ObjectNode error = MAPPER.createObjectNode();
    error.put("code", code);
    error.put("message", message);
    error.putNull("line");
    error.putNull("column");
    return error;
  }
}
