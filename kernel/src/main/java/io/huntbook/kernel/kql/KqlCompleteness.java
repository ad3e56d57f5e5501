package io.huntbook.kernel.kql;

import io.huntbook.kernel.Completeness;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Whether a KQL cell typed so far is ready to run: {@code incomplete} while a bracket or a string
 * is open or the text ends in a pipe or a comma; {@code invalid} for a closing bracket that does
 * not match, a single-line string broken by a line break, or a character KQL has no use for;
 * otherwise {@code complete}. Lines starting with {@code %} are notebook magics and complete.
 */
final class KqlCompleteness {
  private static final String INDENT = "    ";
  private static final Map<Character, Character> CLOSERS = Map.of('(', ')', '[', ']', '{', '}');

  private KqlCompleteness() {}

  static Completeness check(String code) {
    StringBuilder kql = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      // magics are the notebook's; blank them out so offsets stay the same
      kql.append(line.stripLeading().startsWith("%") ? " ".repeat(line.length()) : line);
      kql.append('\n');
    }
    String text = kql.substring(0, kql.length() - 1);
    List<KqlScanner.Lexeme> lexemes = KqlScanner.scan(text);
    Deque<Character> open = new ArrayDeque<>();
    KqlScanner.Lexeme last = null;
    for (KqlScanner.Lexeme lexeme : lexemes) {
      switch (lexeme.kind()) {
        case BAD -> {
          return Completeness.of(Completeness.Status.INVALID);
        }
        case STRING -> {
          if (lexeme.brokenByLineBreak()) {
            return Completeness.of(Completeness.Status.INVALID);
          }
          if (!lexeme.closed()) {
            return Completeness.of(Completeness.Status.INCOMPLETE);
          }
        }
        case OPEN -> open.push(text.charAt(lexeme.start()));
        case CLOSE -> {
          char closer = text.charAt(lexeme.start());
          if (open.isEmpty() || CLOSERS.get(open.pop()) != closer) {
            return Completeness.of(Completeness.Status.INVALID);
          }
        }
        default -> {}
      }
      if (lexeme.kind() != KqlScanner.Kind.COMMENT) {
        last = lexeme;
      }
    }
    if (!open.isEmpty()) {
      return new Completeness(Completeness.Status.INCOMPLETE, INDENT.repeat(open.size()));
    }
    if (last != null
        && (last.kind() == KqlScanner.Kind.PIPE || last.kind() == KqlScanner.Kind.COMMA)) {
      return new Completeness(Completeness.Status.INCOMPLETE, INDENT);
    }
    return Completeness.of(Completeness.Status.COMPLETE);
  }
}
