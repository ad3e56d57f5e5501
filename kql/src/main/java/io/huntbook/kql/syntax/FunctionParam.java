package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter of a let-function: {@code x:long}, {@code x:string = "a"}, or a tabular one {@code
 * T:(Col:string, *)} whose declared columns are in {@code tabularColumns} (type name empty).
 */
public record FunctionParam(
    Identifier name,
    Optional<Identifier> typeName,
    List<ColumnDecl> tabularColumns,
    Optional<Expr> defaultValue,
    Span span)
    implements Node {
  public FunctionParam {
    Objects.requireNonNull(name);
    Objects.requireNonNull(typeName);
    tabularColumns = List.copyOf(tabularColumns);
    Objects.requireNonNull(defaultValue);
  }

  public boolean tabular() {
    return typeName.isEmpty();
  }
}
