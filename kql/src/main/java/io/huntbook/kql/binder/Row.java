package io.huntbook.kql.binder;

import io.huntbook.kql.schema.ColumnSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The row schema flowing through a pipe. An open row has columns the binder cannot know (after an
 * unknown table or an unsupported operator): names it does not list type as {@code unknown}
 * silently, so the first error is the only one. A serialized row has an order that window functions
 * ({@code row_number}, {@code prev}) may rely on: sort, top, serialize and range make one; where,
 * extend, project and their kin keep it; everything else loses it.
 */
record Row(List<ColumnSchema> columns, boolean open, boolean serialized) {
  static final Row OPEN = new Row(List.of(), true);
  static final Row EMPTY = new Row(List.of(), false);

  Row {
    columns = List.copyOf(columns);
  }

  Row(List<ColumnSchema> columns, boolean open) {
    this(columns, open, false);
  }

  Row asSerialized() {
    return new Row(columns, open, true);
  }

  static Row of(List<ColumnSchema> columns) {
    return new Row(columns, false);
  }

  Optional<ColumnSchema> find(String name) {
    for (ColumnSchema c : columns) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  List<String> names() {
    return columns.stream().map(ColumnSchema::name).toList();
  }

  /** The schema when every column is known. */
  Optional<List<ColumnSchema>> schema() {
    return open ? Optional.empty() : Optional.of(columns);
  }

  /** This row with a column replaced in place, or appended when the name is new. */
  Row withColumn(ColumnSchema column) {
    List<ColumnSchema> copy = new ArrayList<>(columns);
    int i = indexOf(column.name());
    if (i >= 0) {
      copy.set(i, column);
    } else {
      copy.add(column);
    }
    return new Row(copy, open, serialized);
  }

  /** Other columns, same openness and order. */
  Row withColumns(List<ColumnSchema> replacement) {
    return new Row(replacement, open, serialized);
  }
}
