package io.huntbook.notebook.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.Span;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.model.NotebookJson;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.testing.FakeBackend;
import io.huntbook.notebook.testing.Nbformat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookRunnerTest {
  /** Reports an error under every {@code ==>} the way the KQL front end reports a syntax error. */
  static final QueryChecker ARROW_CHECKER =
      (name, kql) -> {
        List<Diagnostic> found = new ArrayList<>();
        int at = kql.indexOf("==>");
        while (at >= 0) {
          found.add(
              new Diagnostic(
                  "KQL0101", Diagnostic.Severity.ERROR, "unexpected '==>'", new Span(at, 3)));
          at = kql.indexOf("==>", at + 1);
        }
        return found;
      };

  static ObjectNode tagged(String tag) {
    ObjectNode metadata = Json.object();
    metadata.putArray("tags").add(tag);
    return metadata;
  }

  static Notebook notebook(int queries) {
    List<Cell> cells = new ArrayList<>();
    cells.add(MarkdownCell.of(Optional.of("title"), "# Test"));
    cells.add(
        CodeCell.of(
            Optional.of("params"),
            "let lookback = 7d;\nlet domain = \"contoso\";",
            tagged(NotebookParameters.PARAMETERS_TAG)));
    for (int i = 0; i < queries; i++) {
      cells.add(CodeCell.of(Optional.of("q" + i), "DeviceEvents\n| take " + i, Json.object()));
    }
    return Notebook.create(cells);
  }

  @Test
  void runsCellsInParallelAndWritesOutputsInOrder(@TempDir Path folder) throws Exception {
    Notebook notebook = NotebookParameters.inject(notebook(12), Map.of("lookback", "14d"));
    try (FakeBackend backend = new FakeBackend(150)) {
      CellExecutor executor =
          new CellExecutor(BackendPool.of(backend), ARROW_CHECKER, Throttle.NONE);
      RunResult run =
          new NotebookRunner(executor, new RunOptions(4, Progress.QUIET))
              .run(notebook, SessionState.on("local"));

      assertThat(backend.requests()).hasSize(12);
      assertThat(backend.maxInFlight()).isBetween(2, 4);
      assertThat(run.failures()).isZero();
      List<CodeCell> code = run.notebook().codeCells();
      // parameters, injected parameters, then the twelve queries
      assertThat(code).hasSize(14);
      for (int i = 0; i < 14; i++) {
        assertThat(code.get(i).executionCount()).hasValue(i + 1);
      }
      assertThat(code.get(0).outputs()).isEmpty();
      for (int i = 0; i < 12; i++) {
        CodeCell cell = code.get(i + 2);
        Output.ExecuteResult result = (Output.ExecuteResult) cell.outputs().getFirst();
        assertThat(result.executionCount()).hasValue(i + 3);
        ObjectNode data = result.data();
        assertThat(data.get("text/plain").asText()).contains("| take " + i).contains("(2 rows)");
        assertThat(data.get("text/html").asText())
            .contains("<td>| take " + i + "</td>")
            .contains("&lt;b&gt;&amp;&lt;/b&gt;")
            .doesNotContain("<b>&</b>");
        JsonNode resource = data.get("application/vnd.dataresource+json");
        assertThat(resource.at("/schema/fields/1/type").asText()).isEqualTo("integer");
        assertThat(resource.at("/data/0/Query").asText()).isEqualTo("| take " + i);
        JsonNode huntbook = cell.metadata().get("huntbook");
        assertThat(huntbook.get("connection").asText()).isEqualTo("local");
        assertThat(huntbook.get("rows").asInt()).isEqualTo(2);
        assertThat(huntbook.get("truncated").asBoolean()).isFalse();
        assertThat(huntbook.get("duration_ms").asLong()).isGreaterThanOrEqualTo(100);
        assertThat(huntbook.has("request_id")).isTrue();
        assertThat(huntbook.get("timespan").isNull()).isTrue();
        assertThat(huntbook.get("query").asText())
            .isEqualTo("let lookback = 14d;\nlet domain = \"contoso\";\nDeviceEvents\n| take " + i);
      }
      Path path = folder.resolve("run.ipynb");
      NotebookFiles.write(path, run.notebook());
      Nbformat.assertValid(path);
      assertThat(NotebookJson.write(NotebookFiles.read(path)))
          .isEqualTo(NotebookJson.write(run.notebook()));
    }
  }

  @Test
  void errorsAreFoundBeforeAnyCallAndOtherCellsStillRun(@TempDir Path folder) throws Exception {
    List<Cell> cells = new ArrayList<>(notebook(2).cells());
    cells.add(
        CodeCell.of(
            Optional.of("bad"), "%timespan P1D\nDeviceEvents\n| where A ==> 1", Json.object()));
    cells.add(
        CodeCell.of(Optional.of("engine"), "DeviceEvents\n| project Nonexistent", Json.object()));
    cells.add(CodeCell.of(Optional.of("after"), "DeviceEvents | take 9", Json.object()));
    try (FakeBackend backend = new FakeBackend(10)) {
      CellExecutor executor =
          new CellExecutor(BackendPool.of(backend), ARROW_CHECKER, Throttle.NONE);
      RunResult run =
          new NotebookRunner(executor, RunOptions.quiet())
              .run(Notebook.create(cells), SessionState.on("graph"));
      assertThat(backend.requests()).hasSize(4).noneMatch(r -> r.kql().contains("==>"));
      assertThat(run.failures()).isEqualTo(2);

      List<CodeCell> code = run.notebook().codeCells();
      Output.Error syntax = (Output.Error) code.get(3).outputs().getFirst();
      assertThat(syntax.ename()).isEqualTo("KQL0101");
      assertThat(syntax.evalue()).isEqualTo("line 3:11: unexpected '==>'");
      assertThat(syntax.traceback())
          .containsExactly(
              "line 3:11: KQL0101 unexpected '==>'", "  | where A ==> 1", "            ^^^");
      assertThat(code.get(3).metadata().has("huntbook")).isFalse();

      Output.Error engine = (Output.Error) code.get(4).outputs().getFirst();
      assertThat(engine.evalue()).isEqualTo("line 2:11: unknown column 'Nonexistent'");
      assertThat(engine.traceback()).contains("  | project Nonexistent", "            ^");
      assertThat(code.get(4).metadata().at("/huntbook/status").asText()).isEqualTo("error");

      // The %timespan of the failing cell still applies to the next cells, as in Jupyter.
      CodeCell after = code.get(5);
      assertThat(after.outputs().getFirst()).isInstanceOf(Output.ExecuteResult.class);
      assertThat(after.metadata().at("/huntbook/timespan").asText()).isEqualTo("P1D");
      assertThat(after.metadata().at("/huntbook/connection").asText()).isEqualTo("graph");
      assertThat(code.get(1).outputs().getFirst()).isInstanceOf(Output.ExecuteResult.class);
      Path path = folder.resolve("errors.ipynb");
      NotebookFiles.write(path, run.notebook());
      Nbformat.assertValid(path);
    }
  }

  @Test
  void errorsInParametersArePlacedThere() throws Exception {
    List<Cell> cells = new ArrayList<>();
    cells.add(CodeCell.of(Optional.of("p"), "let x = 1 ==> 2;", tagged("parameters")));
    cells.add(CodeCell.of(Optional.of("q"), "T | take x", Json.object()));
    cells.add(CodeCell.of(Optional.of("wrong"), "let y = 1;\nT | take y", tagged("definitions")));
    try (FakeBackend backend = new FakeBackend(0)) {
      CellExecutor executor =
          new CellExecutor(BackendPool.of(backend), ARROW_CHECKER, Throttle.NONE);
      RunResult run =
          new NotebookRunner(executor, RunOptions.quiet())
              .run(Notebook.create(cells), SessionState.on("local"));
      List<CodeCell> code = run.notebook().codeCells();
      assertThat(((Output.Error) code.get(0).outputs().getFirst()).evalue())
          .isEqualTo("line 1:11: unexpected '==>'");
      assertThat(((Output.Error) code.get(1).outputs().getFirst()).evalue())
          .isEqualTo("unexpected '==>' (in the notebook's parameters)");
      assertThat(((Output.Error) code.get(2).outputs().getFirst()).ename()).isEqualTo("HB0004");
      assertThat(backend.requests()).isEmpty();
    }
  }

  @Test
  void theKernelPathRunsOneCellAtATime() throws Exception {
    try (FakeBackend backend = new FakeBackend(0)) {
      CellExecutor executor = new CellExecutor(BackendPool.of(backend));
      SessionState state = SessionState.on("local");
      CellResult magics =
          executor.execute("%connect mde\n%timespan P2D", state, "in[1]", OptionalInt.of(1));
      assertThat(((Output.Stream) magics.outputs().getFirst()).text())
          .isEqualTo("connection: mde, timespan: P2D\n");
      CellResult lets = executor.execute("let n = 3;", magics.after(), "in[2]", OptionalInt.of(2));
      assertThat(lets.outputs()).isEmpty();
      CellResult query = executor.execute("T | take n", lets.after(), "in[3]", OptionalInt.of(3));
      assertThat(backend.requests().getFirst().kql()).isEqualTo("let n = 3;\nT | take n");
      assertThat(backend.requests().getFirst().timespan()).hasValue("P2D");
      assertThat(query.table()).isPresent();
      assertThat(query.huntbook().get("connection").asText()).isEqualTo("mde");
    }
  }

  @Test
  void aWarningAboutTheCellGoesToStderrBeforeItsResultAndTheCellStillRuns() throws Exception {
    List<Cell> cells = new ArrayList<>();
    cells.add(
        CodeCell.of(
            Optional.of("defs"), "let lookback = 7d;", tagged(NotebookParameters.PARAMETERS_TAG)));
    cells.add(CodeCell.of(Optional.of("two"), "print a = 1\n\nprint b = 2", Json.object()));
    cells.add(CodeCell.of(Optional.of("one"), "print c = 3", Json.object()));
    try (FakeBackend backend = new FakeBackend(0)) {
      CellExecutor executor =
          new CellExecutor(BackendPool.of(backend), KqlChecker.defender(), Throttle.NONE);
      RunResult run =
          new NotebookRunner(executor, new RunOptions(2, Progress.QUIET))
              .run(Notebook.create(cells), SessionState.on("local"));

      assertThat(run.failures()).isZero();
      List<Output> warned = run.notebook().codeCells().get(1).outputs();
      assertThat(warned).hasSize(2);
      assertThat(warned.get(0))
          .isInstanceOfSatisfying(
              Output.Stream.class,
              stream -> {
                assertThat(stream.name()).isEqualTo("stderr");
                assertThat(stream.text())
                    .startsWith("warning: line 3:1: KQL0016")
                    .contains("print b = 2")
                    .contains("^");
              });
      assertThat(warned.get(1)).isInstanceOf(Output.ExecuteResult.class);
      // The other cells have no warning of their own, and the prelude's lines are not theirs.
      assertThat(run.notebook().codeCells().get(2).outputs())
          .singleElement()
          .isInstanceOf(Output.ExecuteResult.class);
    }
  }
}
