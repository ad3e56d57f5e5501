package io.huntbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's summary block: a title, then aligned {@code name: value} lines. Every figure is
 * printed with its baseline and the ratio between them, so it can be compared across machines.
 */
final class Summary {
  private final String title;
  private final List<String[]> lines = new ArrayList<>();

  Summary(String title) {
    this.title = title;
  }

  Summary line(String name, String format, Object... values) {
    lines.add(new String[] {name, String.format(Locale.ROOT, format, values)});
    return this;
  }

  void print() {
    int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    out.append('\n').append("== ").append(title).append(" ==\n");
    for (String[] line : lines) {
      out.append("  ")
          .append(line[0])
          .append(" ".repeat(width - line[0].length()))
          .append("  ")
          .append(line[1])
          .append('\n');
    }
    System.out.print(out);
    System.out.flush();
  }

  /** Seconds since {@code startNanos}. */
  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
