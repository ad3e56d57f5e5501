package io.huntbook.kql.syntax;

import java.util.Objects;
import java.util.Optional;

/** {@code name: type [= default]} in the {@code declare} list of scan. */
public record ScanDeclaration(
    Identifier name, Identifier typeName, Optional<Expr> defaultValue, Span span) implements Node {
  public ScanDeclaration {
    Objects.requireNonNull(name);
    Objects.requireNonNull(typeName);
    Objects.requireNonNull(defaultValue);
  }
}
