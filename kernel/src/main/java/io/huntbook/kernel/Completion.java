package io.huntbook.kernel;

import java.util.List;

/**
 * Completions for a cursor: the candidates and the range of the code they replace, as UTF-16
 * indices into the code (the kernel converts to Jupyter's code points).
 *
 * @param matches the candidates, best first
 * @param start where the replaced text starts
 * @param end where it ends (usually the cursor)
 */
public record Completion(List<String> matches, int start, int end) {
  public Completion {
    matches = List.copyOf(matches);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad completion range " + start + ".." + end);
    }
  }

  /** No candidates at the cursor. */
  public static Completion none(int cursor) {
    return new Completion(List.of(), cursor, cursor);
  }
}
