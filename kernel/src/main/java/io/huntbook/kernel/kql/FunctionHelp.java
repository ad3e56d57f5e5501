package io.huntbook.kernel.kql;

import java.util.Objects;

/**
 * What inspection says about a built-in function.
 *
 * @param signature e.g. {@code strlen(string) -> long}
 * @param kind {@code scalar function} or {@code aggregation function}
 */
record FunctionHelp(String name, String signature, String kind) {
  FunctionHelp {
    Objects.requireNonNull(name);
    Objects.requireNonNull(signature);
    Objects.requireNonNull(kind);
  }
}
