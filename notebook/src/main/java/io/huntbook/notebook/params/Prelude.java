package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code let} statements every query of a notebook sees: those of its parameters cell, then the
 * injected values (which replace the defaults of the same name, in place, so later defaults that
 * use them still follow them), then shared definitions.
 */
public record Prelude(List<LetStatement> statements) {
  public static final Prelude EMPTY = new Prelude(List.of());

  public Prelude {
    statements = List.copyOf(statements);
    Objects.requireNonNull(statements);
  }

  /**
   * The outcome of adding a cell's statements: the new prelude and the statements that are not
   * lets.
   */
  public record Added(Prelude prelude, List<KqlStatements.Piece> notLets) {}

  /** This prelude with the {@code let}s of one more cell. */
  public Added with(String cellSource) {
    List<LetStatement> merged = new ArrayList<>(statements);
    List<KqlStatements.Piece> notLets = new ArrayList<>();
    for (KqlStatements.Piece piece : KqlStatements.split(cellSource)) {
      var let = LetStatement.parse(piece.text());
      if (let.isEmpty()) {
        notLets.add(piece);
        continue;
      }
      int existing = indexOf(merged, let.get().name());
      if (existing >= 0) {
        merged.set(existing, let.get());
      } else {
        merged.add(let.get());
      }
    }
    return new Added(new Prelude(merged), notLets);
  }

  /** The statement binding {@code name}, or -1. */
  private static int indexOf(List<LetStatement> lets, String name) {
    for (int i = 0; i < lets.size(); i++) {
      if (lets.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The text to put before a query: one statement per line group, each ending with {@code ;}. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (LetStatement let : statements) {
      text.append(let.text()).append(";\n");
    }
    return text.toString();
  }

  /** How many lines {@link #text()} takes, to map query lines back to cell lines. */
  public int lineCount() {
    String text = text();
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** The query sent for a cell: this prelude, then the cell's KQL. */
  public String prepend(String kql) {
    return text() + kql;
  }
}
