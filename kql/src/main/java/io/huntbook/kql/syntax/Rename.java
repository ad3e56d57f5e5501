package io.huntbook.kql.syntax;

import java.util.Objects;

/** {@code newName = oldName} in project-rename. */
public record Rename(Identifier newName, Identifier oldName, Span span) implements Node {
  public Rename {
    Objects.requireNonNull(newName);
    Objects.requireNonNull(oldName);
  }
}
