package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** A markdown cell; attachments and other fields stay in {@code extra}. */
public record MarkdownCell(
    Optional<String> id, String source, ObjectNode metadata, ObjectNode extra) implements Cell {

  public MarkdownCell {
    Objects.requireNonNull(id);
    Objects.requireNonNull(source);
    metadata = Json.copy(metadata);
    extra = Json.copy(extra);
  }

  public static MarkdownCell of(Optional<String> id, String source) {
    return new MarkdownCell(id, source, Json.object(), Json.object());
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
    return "markdown";
  }

  @Override
  public MarkdownCell withMetadata(ObjectNode metadata) {
    return new MarkdownCell(id, source, metadata, extra);
  }
}
