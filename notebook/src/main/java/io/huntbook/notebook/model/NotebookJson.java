package io.huntbook.notebook.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Converts notebooks to and from nbformat 4 JSON. Fields it does not know are kept in each record's
 * {@code extra} and written back, so reading and writing a notebook loses nothing.
 */
public final class NotebookJson {
  private static final Set<String> NOTEBOOK_FIELDS =
      Set.of("nbformat", "nbformat_minor", "metadata", "cells");
  private static final Set<String> CELL_FIELDS =
      Set.of("id", "cell_type", "source", "metadata", "execution_count", "outputs");

  private NotebookJson() {}

  /** Parses notebook text. */
  public static Notebook parse(String text) throws NotebookFormatException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new NotebookFormatException(
          "not JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    }
    return fromJson(root);
  }

  /** Reads a notebook from its JSON tree. */
  public static Notebook fromJson(JsonNode root) throws NotebookFormatException {
    if (root == null || !root.isObject()) {
      throw new NotebookFormatException("a notebook is a JSON object");
    }
    JsonNode major = root.get("nbformat");
    if (major == null || !major.isInt() || major.asInt() != Notebook.NBFORMAT) {
      throw new NotebookFormatException(
          "only nbformat 4 notebooks are supported (found nbformat " + major + ")");
    }
    JsonNode minor = root.get("nbformat_minor");
    if (minor == null || !minor.isInt()) {
      throw new NotebookFormatException("nbformat_minor is missing or not an integer");
    }
    JsonNode cellsNode = root.get("cells");
    if (cellsNode == null || !cellsNode.isArray()) {
      throw new NotebookFormatException("cells is missing or not a list");
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < cellsNode.size(); i++) {
      cells.add(cell(cellsNode.get(i), "cell " + i));
    }
    return new Notebook(
        minor.asInt(),
        object(root.get("metadata"), "metadata"),
        cells,
        rest(root, NOTEBOOK_FIELDS));
  }

  private static Cell cell(JsonNode node, String where) throws NotebookFormatException {
    if (!node.isObject()) {
      throw new NotebookFormatException(where + ": a cell is a JSON object");
    }
    Optional<String> id =
        node.hasNonNull("id") ? Optional.of(node.get("id").asText()) : Optional.empty();
    String source = Json.multiline(node.get("source"), where + " source");
    ObjectNode metadata = object(node.get("metadata"), where + " metadata");
    ObjectNode extra = rest(node, CELL_FIELDS);
    String type = node.path("cell_type").asText("");
    return switch (type) {
      case "code" -> {
        JsonNode count = node.get("execution_count");
        OptionalInt executionCount =
            count != null && count.isInt() ? OptionalInt.of(count.asInt()) : OptionalInt.empty();
        List<Output> outputs = new ArrayList<>();
        JsonNode outputsNode = node.get("outputs");
        if (outputsNode != null && outputsNode.isArray()) {
          for (int i = 0; i < outputsNode.size(); i++) {
            outputs.add(output(outputsNode.get(i), where + " output " + i));
          }
        }
        yield new CodeCell(id, source, metadata, executionCount, outputs, extra);
      }
      case "markdown" -> new MarkdownCell(id, source, metadata, extra);
      case "raw" -> new RawCell(id, source, metadata, extra);
      default ->
          throw new NotebookFormatException(
              where + ": unknown cell_type '" + type + "' (expected code, markdown or raw)");
    };
  }

  private static Output output(JsonNode node, String where) throws NotebookFormatException {
    if (!node.isObject()) {
      throw new NotebookFormatException(where + ": an output is a JSON object");
    }
    String type = node.path("output_type").asText("");
    return switch (type) {
      case "execute_result" -> {
        JsonNode count = node.get("execution_count");
        yield new Output.ExecuteResult(
            count != null && count.isInt() ? OptionalInt.of(count.asInt()) : OptionalInt.empty(),
            object(node.get("data"), where + " data"),
            object(node.get("metadata"), where + " metadata"),
            rest(node, Set.of("output_type", "execution_count", "data", "metadata")));
      }
      case "display_data" ->
          new Output.DisplayData(
              object(node.get("data"), where + " data"),
              object(node.get("metadata"), where + " metadata"),
              rest(node, Set.of("output_type", "data", "metadata")));
      case "stream" ->
          new Output.Stream(
              node.path("name").asText("stdout"),
              Json.multiline(node.get("text"), where + " text"),
              rest(node, Set.of("output_type", "name", "text")));
      case "error" -> {
        List<String> traceback = new ArrayList<>();
        node.path("traceback").forEach(line -> traceback.add(line.asText()));
        yield new Output.Error(
            node.path("ename").asText(""),
            node.path("evalue").asText(""),
            traceback,
            rest(node, Set.of("output_type", "ename", "evalue", "traceback")));
      }
      default ->
          throw new NotebookFormatException(
              where
                  + ": unknown output_type '"
                  + type
                  + "' (expected execute_result, display_data, stream or error)");
    };
  }

  private static ObjectNode object(JsonNode node, String where) throws NotebookFormatException {
    if (node == null || node.isNull()) {
      return Json.object();
    }
    if (!node.isObject()) {
      throw new NotebookFormatException(where + ": expected a JSON object");
    }
    return (ObjectNode) node.deepCopy();
  }

  private static ObjectNode rest(JsonNode node, Set<String> known) {
    ObjectNode extra = Json.object();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!known.contains(field.getKey())) {
        extra.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return extra;
  }

  /** The notebook as a JSON tree, fields in Jupyter's order. */
  public static ObjectNode toJson(Notebook notebook) {
    ObjectNode root = Json.object();
    ArrayNode cells = root.putArray("cells");
    for (int i = 0; i < notebook.cells().size(); i++) {
      cells.add(cellJson(notebook.cells().get(i), notebook.cellsHaveIds(), i));
    }
    root.set("metadata", notebook.metadata());
    root.put("nbformat", Notebook.NBFORMAT);
    root.put("nbformat_minor", notebook.nbformatMinor());
    root.setAll(notebook.extra());
    return root;
  }

  private static ObjectNode cellJson(Cell cell, boolean withId, int index) {
    ObjectNode node = Json.object();
    node.put("cell_type", cell.cellType());
    if (cell instanceof CodeCell code) {
      if (code.executionCount().isPresent()) {
        node.put("execution_count", code.executionCount().getAsInt());
      } else {
        node.putNull("execution_count");
      }
    }
    if (withId) {
      // nbformat 4.5 requires an id; a cell read without one gets a stable positional id.
      node.put("id", cell.id().orElse("cell-" + index));
    }
    node.set("metadata", cell.metadata());
    if (cell instanceof CodeCell code) {
      ArrayNode outputs = node.putArray("outputs");
      for (Output output : code.outputs()) {
        outputs.add(outputJson(output));
      }
    }
    node.set("source", Json.lines(cell.source()));
    node.setAll(cell.extra());
    return node;
  }

  /** One output as nbformat JSON (also the content of the kernel's iopub messages). */
  public static ObjectNode outputJson(Output output) {
    ObjectNode node = Json.object();
    switch (output) {
      case Output.ExecuteResult result -> {
        node.put("output_type", "execute_result");
        node.set("data", result.data());
        if (result.executionCount().isPresent()) {
          node.put("execution_count", result.executionCount().getAsInt());
        } else {
          node.putNull("execution_count");
        }
        node.set("metadata", result.metadata());
      }
      case Output.DisplayData display -> {
        node.put("output_type", "display_data");
        node.set("data", display.data());
        node.set("metadata", display.metadata());
      }
      case Output.Stream stream -> {
        node.put("output_type", "stream");
        node.put("name", stream.name());
        node.set("text", Json.lines(stream.text()));
      }
      case Output.Error error -> {
        node.put("output_type", "error");
        node.put("ename", error.ename());
        node.put("evalue", error.evalue());
        ArrayNode traceback = node.putArray("traceback");
        error.traceback().forEach(traceback::add);
      }
    }
    node.setAll(output.extra());
    return node;
  }

  /** Notebook text as Jupyter writes it: one-space indentation and a final newline. */
  public static String write(Notebook notebook) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));
    try {
      return Json.MAPPER.writer(printer).writeValueAsString(toJson(notebook)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
