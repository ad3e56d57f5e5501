package io.huntbook.notebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.testing.Nbformat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookJsonTest {
  private static final String OLD_NOTEBOOK =
      """
      {
       "cells": [
        {"cell_type": "markdown", "metadata": {"x-custom": 1}, "source": ["# Title\\n", "text"],
         "attachments": {}},
        {"cell_type": "code", "execution_count": 3, "metadata": {"tags": ["parameters"]},
         "outputs": [
          {"output_type": "stream", "name": "stdout", "text": "hi\\n", "x-out": true},
          {"output_type": "execute_result", "execution_count": 3,
           "data": {"text/plain": ["a\\n", "b"], "application/json": {"k": [1, 2]}}, "metadata": {}},
          {"output_type": "error", "ename": "E", "evalue": "v", "traceback": ["t1", "t2"]},
          {"output_type": "display_data", "data": {"text/html": "<b>x</b>"}, "metadata": {"isolated": true}}
         ],
         "source": "let lookback = 7d;"},
        {"cell_type": "raw", "metadata": {"format": "text/plain"}, "source": "raw"}
       ],
       "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                    "custom": {"deep": [1, {"a": null}]}},
       "nbformat": 4,
       "nbformat_minor": 2,
       "x-top": "kept"
      }
      """;

  @Test
  void roundTripKeepsEveryField() throws Exception {
    Notebook notebook = NotebookJson.parse(OLD_NOTEBOOK);
    JsonNode original = Json.MAPPER.readTree(OLD_NOTEBOOK);
    JsonNode written = Json.MAPPER.readTree(NotebookJson.write(notebook));
    // Sources become line lists and strings stay semantically equal; compare after normalising.
    Notebook again = NotebookJson.parse(NotebookJson.write(notebook));
    assertThat(NotebookJson.write(again)).isEqualTo(NotebookJson.write(notebook));
    assertThat(written.get("x-top").asText()).isEqualTo("kept");
    assertThat(written.get("metadata")).isEqualTo(original.get("metadata"));
    assertThat(written.at("/cells/0/attachments").isObject()).isTrue();
    assertThat(written.at("/cells/0/metadata/x-custom").asInt()).isEqualTo(1);
    assertThat(written.at("/cells/1/outputs/0/x-out").asBoolean()).isTrue();
    assertThat(written.at("/cells/1/outputs/1/data/application~1json"))
        .isEqualTo(original.at("/cells/1/outputs/1/data/application~1json"));
    assertThat(written.at("/cells/1/outputs/3/metadata/isolated").asBoolean()).isTrue();
    assertThat(written.at("/cells/0/id").isMissingNode()).as("4.2 cells have no id").isTrue();
    assertThat(notebook.cells().get(0).source()).isEqualTo("# Title\ntext");
    assertThat(notebook.cells().get(1).tags()).containsExactly("parameters");
    CodeCell code = (CodeCell) notebook.cells().get(1);
    assertThat(code.executionCount()).hasValue(3);
    assertThat(code.outputs()).hasSize(4);
    assertThat(code.outputs().get(2)).isEqualTo(new Output.Error("E", "v", List.of("t1", "t2")));
  }

  @Test
  void writtenNotebooksValidateAgainstTheNbformatSchema(@TempDir Path folder) throws Exception {
    Path old = folder.resolve("old.ipynb");
    // The schema forbids unknown fields in cells, outputs and at the top; metadata is open.
    String valid =
        OLD_NOTEBOOK.replace(", \"x-out\": true", "").replace(",\n \"x-top\": \"kept\"", "");
    NotebookFiles.write(old, NotebookJson.parse(valid));
    Nbformat.assertValid(old);

    Notebook fresh =
        Notebook.create(
            List.of(
                MarkdownCell.of(Optional.of("intro"), "# Hunt"),
                CodeCell.of(Optional.of("q1"), "DeviceEvents\n| take 1", Json.object())));
    Path path = folder.resolve("new.ipynb");
    NotebookFiles.write(path, fresh);
    Nbformat.assertValid(path);
    JsonNode json = Json.MAPPER.readTree(Files.readString(path));
    assertThat(json.at("/metadata/kernelspec/name").asText()).isEqualTo("huntbook-kql");
    assertThat(json.at("/metadata/kernelspec/display_name").asText()).isEqualTo("KQL (Huntbook)");
    assertThat(json.at("/metadata/kernelspec/language").asText()).isEqualTo("kql");
    assertThat(json.at("/metadata/language_info/name").asText()).isEqualTo("kql");
    assertThat(json.get("nbformat_minor").asInt()).isEqualTo(5);
    assertThat(json.at("/cells/1/id").asText()).isEqualTo("q1");
    assertThat(json.at("/cells/1/source/0").asText()).isEqualTo("DeviceEvents\n");
  }

  @Test
  void atomicWriteLeavesNoTemporaryFiles(@TempDir Path folder) throws Exception {
    Path path = folder.resolve("n.ipynb");
    NotebookFiles.write(path, Notebook.create(List.of()));
    NotebookFiles.write(path, Notebook.create(List.of(MarkdownCell.of(Optional.of("a"), "x"))));
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("n.ipynb");
    }
    assertThat(NotebookFiles.read(path).cells()).hasSize(1);
  }

  @Test
  void badNotebooksGetClearErrors() {
    assertThatThrownBy(() -> NotebookJson.parse("{\"nbformat\": 3, \"cells\": []}"))
        .isInstanceOf(NotebookFormatException.class)
        .hasMessageContaining("only nbformat 4");
    assertThatThrownBy(() -> NotebookJson.parse("{not json"))
        .isInstanceOf(NotebookFormatException.class)
        .hasMessageContaining("not JSON at line 1");
    assertThatThrownBy(
            () ->
                NotebookJson.parse(
                    "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {},"
                        + " \"cells\": [{\"cell_type\": \"python\", \"source\": \"\"}]}"))
        .hasMessageContaining("cell 0: unknown cell_type 'python'");
  }
}
