package io.huntbook.notebook.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An nbformat 4 notebook. New notebooks are 4.5 (cells carry ids); older minor versions are kept as
 * read so that a notebook written back still validates against its own schema.
 */
public record Notebook(int nbformatMinor, ObjectNode metadata, List<Cell> cells, ObjectNode extra) {

  /** The nbformat major version, the only one Huntbook reads and writes. */
  public static final int NBFORMAT = 4;

  /** The minor version of notebooks Huntbook creates. */
  public static final int CURRENT_MINOR = 5;

  public Notebook {
    if (nbformatMinor < 0) {
      throw new IllegalArgumentException("nbformat_minor must not be negative");
    }
    metadata = Json.copy(metadata);
    cells = List.copyOf(cells);
    extra = Json.copy(extra);
    Objects.requireNonNull(cells);
  }

  /** A new notebook for the Huntbook KQL kernel. */
  public static Notebook create(List<Cell> cells) {
    return new Notebook(CURRENT_MINOR, KernelMetadata.huntbook(), cells, Json.object());
  }

  @Override
  public ObjectNode metadata() {
    return metadata.deepCopy();
  }

  @Override
  public ObjectNode extra() {
    return extra.deepCopy();
  }

  /** Whether cells of this notebook carry ids (nbformat 4.5 and later). */
  public boolean cellsHaveIds() {
    return nbformatMinor >= 5;
  }

  /** A fresh cell id if this notebook's format wants one, in nbformat's allowed alphabet. */
  public Optional<String> newCellId() {
    return cellsHaveIds()
        ? Optional.of(UUID.randomUUID().toString().replace("-", "").substring(0, 12))
        : Optional.empty();
  }

  public Notebook withCells(List<Cell> newCells) {
    return new Notebook(nbformatMinor, metadata, newCells, extra);
  }

  public Notebook withMetadata(ObjectNode newMetadata) {
    return new Notebook(nbformatMinor, newMetadata, cells, extra);
  }

  /** The code cells, in order. */
  public List<CodeCell> codeCells() {
    List<CodeCell> code = new ArrayList<>();
    for (Cell cell : cells) {
      if (cell instanceof CodeCell c) {
        code.add(c);
      }
    }
    return code;
  }
}
