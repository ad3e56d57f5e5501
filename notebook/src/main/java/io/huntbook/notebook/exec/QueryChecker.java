package io.huntbook.notebook.exec;

import io.huntbook.kql.diagnostics.Diagnostic;
import java.util.List;

/**
 * Checks a query before it is sent (parse and bind), so that every KQL error of a notebook is
 * reported before any API call is spent. Spans in the diagnostics are offsets into {@code kql}.
 */
@FunctionalInterface
public interface QueryChecker {

  /** A checker that finds nothing, for backends that check for themselves. */
  QueryChecker NONE = (name, kql) -> List.of();

  List<Diagnostic> check(String sourceName, String kql);
}
