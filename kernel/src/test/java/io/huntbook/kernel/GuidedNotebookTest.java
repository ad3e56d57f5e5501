package io.huntbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.huntbook.kernel.wire.Json;
import io.huntbook.notebook.exec.ConnectionBackends;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.NotebookRunner;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.RunResult;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.model.NotebookJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end as a hunter runs it: nbclient (Jupyter's notebook executor) runs the guided
 * LDAP-reconnaissance notebook on the real kernel ({@link KernelMain}, the {@code local} demo
 * tenant in the embedded engine) started from an installed kernelspec.
 */
class GuidedNotebookTest {
  private static final String NOTEBOOK = "/io/huntbook/notebook/hunts/ldap-reconnaissance.ipynb";

  @TempDir Path directory;

  @Test
  void nbclientRunsTheGuidedHuntOnTheKernelWithoutErrors()
      throws IOException, InterruptedException {
    Path source = directory.resolve("ldap-reconnaissance.ipynb");
    try (InputStream in = getClass().getResourceAsStream(NOTEBOOK)) {
      assertThat(in).as("the guided notebook on the class path").isNotNull();
      Files.copy(in, source);
    }
    Path executed = directory.resolve("executed.ipynb");
    PythonJupyter jupyter =
        PythonJupyter.install(directory, KernelSpecInstaller.Launch.Java.current());
    PythonJupyter.Run run =
        jupyter.run("run_notebook", List.of(source.toString(), executed.toString()), 15);
    assertThat(run.exitCode()).as("nbclient output:\n%s", run.output()).isZero();

    JsonNode notebook = Json.MAPPER.readTree(executed.toFile());
    List<String> errors = new ArrayList<>();
    int codeCells = 0;
    int results = 0;
    for (JsonNode cell : notebook.path("cells")) {
      if (!cell.path("cell_type").asText().equals("code")) {
        continue;
      }
      codeCells++;
      assertThat(cell.path("execution_count").isInt())
          .as("cell %d was executed", codeCells)
          .isTrue();
      for (JsonNode output : cell.path("outputs")) {
        switch (output.path("output_type").asText()) {
          case "error" -> errors.add(output.path("evalue").asText());
          case "execute_result" -> {
            results++;
            assertThat(output.path("data").has("application/vnd.dataresource+json")).isTrue();
            assertThat(output.path("data").has("text/html")).isTrue();
          }
          default -> {}
        }
      }
    }
    assertThat(errors).as("error outputs").isEmpty();
    assertThat(codeCells).isGreaterThan(5);
    assertThat(results).as("tables shown").isGreaterThan(codeCells / 2);
    assertThat(tables(notebook))
        .as("each cell's table under nbclient + the kernel equals the headless runner's")
        .isEqualTo(tables(runnerOutputs(source)));
    report(run.output(), "KERNEL_READY_SECONDS", "nbclient kernel start -> ready");
    report(
        run.output(), "CELLS_SECONDS", "guided notebook cells (demo tenant built on first query)");
  }

  /** The same notebook run by the headless runner, as nbformat JSON. */
  private static JsonNode runnerOutputs(Path source) throws IOException, InterruptedException {
    RunResult run =
        NotebookRunner.runOnce(
            NotebookFiles.read(source),
            ConnectionBackends.fromEnvironment(),
            KqlChecker.defender(),
            Throttle.NONE,
            RunOptions.quiet(),
            SessionState.on("local"));
    return NotebookJson.toJson(run.notebook());
  }

  /**
   * Per code cell: its error names, and its tables' schema and rows (rows sorted, since a query
   * without an order may list its rows in any order).
   */
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private static String canonical(JsonNode node) {
    try {
      // nbformat's writer sorts keys; the comparison is about values, not key order.
      return CANONICAL.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> tables(JsonNode notebook) {
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : notebook.path("cells")) {
      if (!cell.path("cell_type").asText().equals("code")) {
        continue;
      }
      StringBuilder description = new StringBuilder();
      for (JsonNode output : cell.path("outputs")) {
        if (output.path("output_type").asText().equals("error")) {
          description.append("error ").append(output.path("ename").asText()).append('\n');
        }
        JsonNode resource = output.path("data").path("application/vnd.dataresource+json");
        if (!resource.isMissingNode()) {
          List<String> rows = new ArrayList<>();
          resource.path("data").forEach(row -> rows.add(canonical(row)));
          rows.sort(null);
          description.append(canonical(resource.path("schema").path("fields"))).append('\n');
          rows.forEach(row -> description.append(row).append('\n'));
        }
      }
      cells.add(description.toString());
    }
    return cells;
  }

  private static void report(String output, String key, String label) {
    Matcher matcher = Pattern.compile(key + "=([0-9.]+)").matcher(output);
    assertThat(matcher.find()).as("%s reported", key).isTrue();
    System.out.println(label + ": " + matcher.group(1) + " s");
  }
}
