package io.huntbook.notebook.exec;

import java.util.List;
import java.util.Objects;

/**
 * A cell read and checked, ready to run: what kind of cell it is, the state it runs in, the state
 * it leaves for the next cell, the exact query it will send, and the problems found so far (a cell
 * with problems is not sent).
 *
 * @param sourceName the cell's name in messages and in the request ({@code cell 3} or its id)
 * @param state the session after the cell's magics: what the query runs in
 * @param after the session for the next cell
 * @param query the text sent to the backend (the prelude, then the cell's KQL); empty if none
 * @param preludeLines how many lines of {@code query} are prelude, to place errors in the cell
 * @param problems errors: the cell is not sent
 * @param warnings what the checker warns about in the cell's own lines; the cell still runs, and
 *     the warnings go to its {@code stderr}
 */
public record PreparedCell(
    String sourceName,
    Kind kind,
    SessionState state,
    SessionState after,
    String query,
    int preludeLines,
    List<CellProblem> problems,
    List<CellProblem> warnings) {

  /** What running the cell means. */
  public enum Kind {
    /** A query: sent to the backend, its table becomes the cell's result. */
    QUERY,
    /** Only {@code let} statements: they join the prelude of the following cells. */
    DEFINITIONS,
    /** Only magics: the session changes, nothing is sent. */
    MAGICS,
    /** Nothing but blank lines and comments. */
    EMPTY
  }

  public PreparedCell {
    Objects.requireNonNull(sourceName);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(state);
    Objects.requireNonNull(after);
    Objects.requireNonNull(query);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * The same cell with one more problem found by the runner (a misplaced statement), put first: it
   * explains the cell better than the KQL errors that may follow from it.
   */
  public PreparedCell withProblem(CellProblem problem) {
    List<CellProblem> more = new java.util.ArrayList<>(problems);
    more.addFirst(problem);
    return new PreparedCell(sourceName, kind, state, after, query, preludeLines, more, warnings);
  }
}
