package io.huntbook.kql.functions;

/**
 * How Kusto names the column of an unnamed call ({@code extend tostring(x)}, {@code summarize by
 * bin(t, 1h)}, {@code summarize sum(v)}).
 */
public enum ResultNaming {
  /** No name: the operator's default ({@code Column1}, {@code print_0}) applies. */
  NONE,
  /** The name of the first argument: {@code bin(Timestamp, 1h)} → {@code Timestamp}. */
  FIRST_ARGUMENT,
  /** The name of the argument when there is exactly one: {@code tostring(tag)} → {@code tag}. */
  ONLY_ARGUMENT,
  /** Prefix and {@code _}: {@code count()} → {@code count_}. */
  PREFIX_ONLY,
  /**
   * Prefix, {@code _} and the first argument's name (empty when it has none): {@code sum(v)} →
   * {@code sum_v}, {@code countif(v > 1)} → {@code countif_}.
   */
  PREFIX_AND_FIRST_ARGUMENT
}
