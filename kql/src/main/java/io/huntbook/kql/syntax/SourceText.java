package io.huntbook.kql.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one query with its name (a file path, a cell id or {@code <query>}); maps offsets to
 * 1-based lines and columns. Columns count Unicode code points, so a caret lines up under the
 * character a hunter sees.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  public SourceText(String name, String text) {
    this.name = Objects.requireNonNull(name);
    this.text = Objects.requireNonNull(text);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        starts.add(i + 1);
      } else if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  public static SourceText of(String text) {
    return new SourceText("<query>", text);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    int clamped = Math.max(0, Math.min(offset, text.length()));
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= clamped) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** 1-based column of an offset, in code points. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int start = lineStarts[line(clamped) - 1];
    return text.codePointCount(start, clamped) + 1;
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  public String slice(Span span) {
    int s = Math.min(span.start(), text.length());
    int e = Math.min(span.end(), text.length());
    return text.substring(s, e);
  }
}
