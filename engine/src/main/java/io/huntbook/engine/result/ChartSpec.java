package io.huntbook.engine.result;

import java.util.Map;
import java.util.Objects;

/**
 * What a query's {@code render} operator asked for: the chart kind and its {@code with(…)}
 * properties.
 */
public record ChartSpec(String kind, Map<String, String> properties) {
  public ChartSpec {
    Objects.requireNonNull(kind);
    properties = Map.copyOf(properties);
  }
}
