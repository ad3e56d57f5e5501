package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** A raw cell, passed through untouched. */
public record RawCell(Optional<String> id, String source, ObjectNode metadata, ObjectNode extra)
    implements Cell {

  public RawCell {
    Objects.requireNonNull(id);
    Objects.requireNonNull(source);
    metadata = Json.copy(metadata);
    extra = Json.copy(extra);
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
    return "raw";
  }

  @Override
  public RawCell withMetadata(ObjectNode metadata) {
    return new RawCell(id, source, metadata, extra);
  }
}
