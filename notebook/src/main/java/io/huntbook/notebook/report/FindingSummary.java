package io.huntbook.notebook.report;

import java.util.List;
import java.util.Objects;

/**
 * One line of a hunt's findings: a technique query and what it found.
 *
 * @param title the finding, e.g. {@code Domain trusts}
 * @param attack its ATT&amp;CK technique ids
 * @param rows rows the query returned (0 when it failed)
 * @param devices distinct {@code DeviceName} values among them
 * @param accounts distinct {@code AccountName} values among them
 * @param error the error code and message when the query failed, otherwise empty
 * @param anchor the id of the report section showing the query
 */
public record FindingSummary(
    String title,
    List<String> attack,
    int rows,
    int devices,
    int accounts,
    String error,
    String anchor) {
  public FindingSummary {
    Objects.requireNonNull(title);
    attack = List.copyOf(attack);
    Objects.requireNonNull(error);
    Objects.requireNonNull(anchor);
  }

  public boolean failed() {
    return !error.isEmpty();
  }
}
