package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One notebook cell. {@code id} is absent in notebooks older than nbformat 4.5, which forbid it;
 * {@code extra} holds the fields Huntbook does not interpret, written back unchanged.
 */
public sealed interface Cell permits CodeCell, MarkdownCell, RawCell {

  Optional<String> id();

  String source();

  ObjectNode metadata();

  ObjectNode extra();

  /** The nbformat {@code cell_type}. */
  String cellType();

  /** A copy of this cell with other metadata. */
  Cell withMetadata(ObjectNode metadata);

  /** The cell's {@code metadata.tags}, the papermill way of marking a parameters cell. */
  default List<String> tags() {
    List<String> tags = new ArrayList<>();
    JsonNode node = metadata().get("tags");
    if (node != null && node.isArray()) {
      node.forEach(tag -> tags.add(tag.asText()));
    }
    return tags;
  }

  default boolean hasTag(String tag) {
    return tags().contains(tag);
  }
}
