package io.huntbook.kernel.kql;

import java.util.List;
import java.util.Objects;

/**
 * The {@code let} statements earlier cells left in the kernel session, which the next cell's
 * queries are run after: completion offers their names and binds pipelines after them.
 *
 * @param text the statements, each ending with {@code ;}
 * @param names the names they bind
 */
record SessionLets(String text, List<String> names) {
  static final SessionLets NONE = new SessionLets("", List.of());

  SessionLets {
    Objects.requireNonNull(text);
    names = List.copyOf(names);
  }
}
