package io.huntbook.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel's lifetime, for {@code history_request}: the last {@code n} ({@code
 * tail}), a range of execution counts ({@code range}) and glob search ({@code search}, with {@code
 * *} and {@code ?} over the whole input, as IPython's history does). The lifetime is session 1;
 * session 0 and negative sessions in a request also mean it. Thread-safe.
 */
public final class ExecutionHistory {
  /** The session number of this kernel's lifetime. */
  public static final int SESSION = 1;

  private final List<Entry> entries = new ArrayList<>();

  /**
   * One stored cell.
   *
   * @param line its execution count
   * @param output the plain-text result, or null when it had none
   */
  public record Entry(int session, int line, String input, String output) {
    public Entry {
      Objects.requireNonNull(input);
    }
  }

  public synchronized void add(int line, String input, String output) {
    entries.add(new Entry(SESSION, line, input, output));
  }

  /** The last {@code n} entries. */
  public synchronized List<Entry> tail(int n) {
    int from = Math.max(0, entries.size() - Math.max(0, n));
    return List.copyOf(entries.subList(from, entries.size()));
  }

  /** The entries of a session with {@code start <= line < stop}; {@code stop <= 0}: to the end. */
  public synchronized List<Entry> range(int session, int start, int stop) {
    if (session > 0 && session != SESSION) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop))
        .toList();
  }

  /**
   * The entries whose input matches a glob, oldest first; with {@code unique} only the latest of
   * equal inputs; then the last {@code n} ({@code n <= 0}: all).
   */
  public synchronized List<Entry> search(String glob, int n, boolean unique) {
    Pattern pattern = globPattern(glob);
    List<Entry> matches =
        entries.stream().filter(e -> pattern.matcher(e.input()).matches()).toList();
    if (unique) {
      Map<String, Entry> latest = new LinkedHashMap<>();
      for (Entry entry : matches) {
        latest.remove(entry.input());
        latest.put(entry.input(), entry);
      }
      matches = List.copyOf(latest.values());
    }
    if (n > 0 && matches.size() > n) {
      matches = matches.subList(matches.size() - n, matches.size());
    }
    return List.copyOf(matches);
  }

  static Pattern globPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?') {
        if (!literal.isEmpty()) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
