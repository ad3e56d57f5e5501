package io.huntbook.kql.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the shared reference material (corpus, conformance cases) that surefire points at. */
final class SharedFiles {
  private SharedFiles() {}

  static Path shared() {
    String dir = System.getProperty("huntbook.shared");
    if (dir == null) {
      throw new IllegalStateException("system property huntbook.shared is not set");
    }
    return Path.of(dir);
  }

  /** One conformance case: its id, the query and what Kusto did with it. */
  record ConformanceCase(String id, String kql, String expect) {}

  private static final Pattern STRING_FIELD =
      Pattern.compile("\"(id|kql|expect)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  static List<ConformanceCase> conformanceCases() throws IOException {
    List<ConformanceCase> cases = new ArrayList<>();
    for (String line : Files.readAllLines(shared().resolve("conformance/kusto-verified.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      String id = null;
      String kql = null;
      String expect = null;
      Matcher matcher = STRING_FIELD.matcher(line);
      // The fields of interest come before "rows"; stop at the first value of each.
      while (matcher.find()) {
        String value = unescapeJson(matcher.group(2));
        switch (matcher.group(1)) {
          case "id" -> id = id == null ? value : id;
          case "kql" -> kql = kql == null ? value : kql;
          default -> expect = expect == null ? value : expect;
        }
      }
      cases.add(new ConformanceCase(id, kql, expect));
    }
    return cases;
  }

  static String unescapeJson(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
