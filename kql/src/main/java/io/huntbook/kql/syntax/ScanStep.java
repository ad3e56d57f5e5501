package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;

/**
 * {@code step name [output = all|last|none]: condition [=> column = value, …];} in scan. Within the
 * step, {@code name.column} reads the state the step's last matching row left.
 */
public record ScanStep(
    Identifier name,
    List<OptionAssign> options,
    Expr condition,
    List<NamedExpr> assignments,
    Span span)
    implements Node {
  public ScanStep {
    Objects.requireNonNull(name);
    options = List.copyOf(options);
    Objects.requireNonNull(condition);
    assignments = List.copyOf(assignments);
  }
}
