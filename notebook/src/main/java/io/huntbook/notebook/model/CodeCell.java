package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A code cell: KQL (with optional line magics at the top), its outputs and execution count. */
public record CodeCell(
    Optional<String> id,
    String source,
    ObjectNode metadata,
    OptionalInt executionCount,
    List<Output> outputs,
    ObjectNode extra)
    implements Cell {

  public CodeCell {
    Objects.requireNonNull(id);
    Objects.requireNonNull(source);
    metadata = Json.copy(metadata);
    Objects.requireNonNull(executionCount);
    outputs = List.copyOf(outputs);
    extra = Json.copy(extra);
  }

  /** A fresh, never executed code cell. */
  public static CodeCell of(Optional<String> id, String source, ObjectNode metadata) {
    return new CodeCell(id, source, metadata, OptionalInt.empty(), List.of(), Json.object());
  }

  @Override
  public ObjectNode metadata() {
    return metadata.deepCopy();
  }

  @Override
  public ObjectNode extra() {
    return extra.deepCopy();
  }

  @Override
  public String cellType() {
    return "code";
  }

  @Override
  public CodeCell withMetadata(ObjectNode metadata) {
    return new CodeCell(id, source, metadata, executionCount, outputs, extra);
  }

  /** This cell after a run: its outputs, count and metadata replaced. */
  public CodeCell executed(OptionalInt count, List<Output> outputs, ObjectNode metadata) {
    return new CodeCell(id, source, metadata, count, outputs, extra);
  }
}
