package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** One output of a code cell, one record per nbformat {@code output_type}. */
public sealed interface Output {

  /** Unknown fields of the output, written back unchanged. */
  ObjectNode extra();

  /** {@code execute_result}: the value of the cell, as a mime bundle. */
  record ExecuteResult(
      OptionalInt executionCount, ObjectNode data, ObjectNode metadata, ObjectNode extra)
      implements Output {
    public ExecuteResult {
      Objects.requireNonNull(executionCount);
      data = Json.copy(data);
      metadata = Json.copy(metadata);
      extra = Json.copy(extra);
    }

    @Override
    public ObjectNode data() {
      return data.deepCopy();
    }

    @Override
    public ObjectNode metadata() {
      return metadata.deepCopy();
    }

    @Override
    public ObjectNode extra() {
      return extra.deepCopy();
    }
  }

  /** {@code display_data}: a mime bundle shown while the cell runs. */
  record DisplayData(ObjectNode data, ObjectNode metadata, ObjectNode extra) implements Output {
    public DisplayData {
      data = Json.copy(data);
      metadata = Json.copy(metadata);
      extra = Json.copy(extra);
    }

    @Override
    public ObjectNode data() {
      return data.deepCopy();
    }

    @Override
    public ObjectNode metadata() {
      return metadata.deepCopy();
    }

    @Override
    public ObjectNode extra() {
      return extra.deepCopy();
    }
  }

  /** {@code stream}: text on {@code stdout} or {@code stderr}. */
  record Stream(String name, String text, ObjectNode extra) implements Output {
    public Stream {
      Objects.requireNonNull(name);
      Objects.requireNonNull(text);
      extra = Json.copy(extra);
    }

    @Override
    public ObjectNode extra() {
      return extra.deepCopy();
    }
  }

  /** {@code error}: a failed cell, its error name, value and traceback lines. */
  record Error(String ename, String evalue, List<String> traceback, ObjectNode extra)
      implements Output {
    public Error {
      Objects.requireNonNull(ename);
      Objects.requireNonNull(evalue);
      traceback = List.copyOf(traceback);
      extra = Json.copy(extra);
    }

    public Error(String ename, String evalue, List<String> traceback) {
      this(ename, evalue, traceback, Json.object());
    }

    @Override
    public ObjectNode extra() {
      return extra.deepCopy();
    }
  }
}
