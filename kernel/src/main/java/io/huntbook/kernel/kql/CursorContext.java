package io.huntbook.kernel.kql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a cursor stands in a KQL cell, read from the text before it: what kind of name fits there
 * (a table, an operator after a pipe, or a column, function or keyword inside an operator), the
 * partial name already typed, and the query text whose rows flow into the cursor's pipe stage.
 *
 * @param prefixStart where the partial name starts (a UTF-16 index)
 * @param precedingStatements the statements before the cursor's one (for {@code let} names)
 * @param pipeline the tabular expression feeding the cursor's pipe stage, empty when none
 * @param stageOperator the operator of the cursor's pipe stage ({@code where}, {@code summarize}…),
 *     empty when none
 */
record CursorContext(
    Position position,
    int prefixStart,
    String prefix,
    String precedingStatements,
    String pipeline,
    String stageOperator,
    List<String> letNames) {

  /** What kind of name fits at the cursor. */
  enum Position {
    /** Inside a string or a comment: nothing to offer. */
    NONE,
    /** The start of a query or subquery: a table, a {@code let} name, {@code print}… */
    SOURCE,
    /** Right after a pipe: a tabular operator. */
    OPERATOR,
    /** Inside an operator: a column, a function, a keyword. */
    EXPRESSION
  }

  /** After these words a parenthesis holds a query rather than a scalar expression. */
  private static final Set<String> TABULAR_OPENERS =
      Set.of(
          "join",
          "union",
          "lookup",
          "materialize",
          "toscalar",
          "view",
          "fork",
          "facet",
          "inner",
          "innerunique",
          "leftouter",
          "rightouter",
          "fullouter",
          "leftanti",
          "rightanti",
          "leftsemi",
          "rightsemi",
          "anti",
          "semi");

  /** The state of one bracket level while reading left to right. */
  private static final class Frame {
    final boolean tabular;
    int statementStart;
    int lastPipe = -1;
    int pipes;
    final List<KqlScanner.Lexeme> stageTokens = new ArrayList<>();

    Frame(int statementStart, boolean tabular) {
      this.statementStart = statementStart;
      this.tabular = tabular;
    }
  }

  static CursorContext at(String code, int cursor) {
    String before = code.substring(0, Math.max(0, Math.min(cursor, code.length())));
    List<KqlScanner.Lexeme> lexemes = KqlScanner.scan(before);
    List<String> letNames = letNames(before, lexemes);
    int prefixStart = before.length();
    if (!lexemes.isEmpty()) {
      KqlScanner.Lexeme last = lexemes.getLast();
      boolean atEnd = last.end() == before.length();
      if (last.kind() == KqlScanner.Kind.COMMENT && atEnd
          || last.kind() == KqlScanner.Kind.STRING && !last.closed()) {
        return new CursorContext(Position.NONE, cursor, "", "", "", "", letNames);
      }
      if (last.kind() == KqlScanner.Kind.WORD && atEnd) {
        prefixStart = last.start();
        lexemes = lexemes.subList(0, lexemes.size() - 1);
      }
    }

    List<Frame> frames = new ArrayList<>();
    frames.add(new Frame(0, true));
    KqlScanner.Lexeme previous = null;
    for (KqlScanner.Lexeme lexeme : lexemes) {
      Frame top = frames.getLast();
      switch (lexeme.kind()) {
        case COMMENT -> {
          continue;
        }
        case OPEN -> {
          boolean tabular =
              before.charAt(lexeme.start()) == '('
                  && previous != null
                  && previous.kind() == KqlScanner.Kind.WORD
                  && TABULAR_OPENERS.contains(previous.text(before));
          top.stageTokens.add(lexeme);
          frames.add(new Frame(lexeme.end(), tabular));
        }
        case CLOSE -> {
          if (frames.size() > 1) {
            frames.removeLast();
          }
          frames.getLast().stageTokens.add(lexeme);
        }
        case SEMICOLON -> {
          Frame fresh = new Frame(lexeme.end(), top.tabular);
          frames.set(frames.size() - 1, fresh);
        }
        case PIPE -> {
          top.lastPipe = lexeme.start();
          top.pipes++;
          top.stageTokens.clear();
        }
        default -> top.stageTokens.add(lexeme);
      }
      previous = lexeme;
    }

    String prefix = before.substring(prefixStart);
    Frame frame = frames.getLast();
    Frame rows = frame;
    for (int i = frames.size() - 1; i >= 0 && !frames.get(i).tabular; i--) {
      rows = frames.get(Math.max(0, i - 1));
    }
    Position position;
    List<KqlScanner.Lexeme> stage = frame.stageTokens;
    if (!frame.tabular) {
      position = Position.EXPRESSION;
    } else if (stage.isEmpty()) {
      position = frame.pipes > 0 ? Position.OPERATOR : Position.SOURCE;
    } else if (frame.pipes == 0 && isLetHead(before, stage)) {
      position = Position.SOURCE;
    } else if (frame.pipes > 0 && isHyphenatedOperatorHead(before, stage, prefixStart)) {
      position = Position.OPERATOR;
      prefixStart = stage.getFirst().start();
      prefix = before.substring(prefixStart);
    } else {
      position = Position.EXPRESSION;
    }

    String pipeline = "";
    String operator = "";
    if (rows.pipes > 0) {
      pipeline = stripLetHead(before.substring(rows.statementStart, rows.lastPipe));
      KqlScanner.Lexeme head = rows == frame ? firstOrNull(stage) : firstOrNull(rows.stageTokens);
      if (head != null && head.kind() == KqlScanner.Kind.WORD) {
        operator = head.text(before);
      }
    }
    String preceding = before.substring(0, frames.getFirst().statementStart);
    return new CursorContext(
        position, prefixStart, prefix, preceding, pipeline, operator, letNames);
  }

  private static KqlScanner.Lexeme firstOrNull(List<KqlScanner.Lexeme> lexemes) {
    return lexemes.isEmpty() ? null : lexemes.getFirst();
  }

  /** {@code let name =} with nothing after it yet. */
  private static boolean isLetHead(String text, List<KqlScanner.Lexeme> stage) {
    return stage.size() == 3
        && stage.get(0).text(text).equals("let")
        && stage.get(1).kind() == KqlScanner.Kind.WORD
        && stage.get(2).text(text).equals("=");
  }

  /** {@code project-} typed after a pipe, the cursor in the word after the hyphen. */
  private static boolean isHyphenatedOperatorHead(
      String text, List<KqlScanner.Lexeme> stage, int prefixStart) {
    return stage.size() == 2
        && stage.get(0).kind() == KqlScanner.Kind.WORD
        && stage.get(1).text(text).equals("-")
        && stage.get(0).end() == stage.get(1).start()
        && stage.get(1).end() == prefixStart;
  }

  private static String stripLetHead(String statement) {
    List<KqlScanner.Lexeme> lexemes = KqlScanner.scan(statement);
    List<KqlScanner.Lexeme> head = lexemes.stream().limit(3).toList();
    return isLetHead(statement, head) ? statement.substring(head.get(2).end()) : statement;
  }

  private static List<String> letNames(String text, List<KqlScanner.Lexeme> lexemes) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i + 1 < lexemes.size(); i++) {
      if (lexemes.get(i).kind() == KqlScanner.Kind.WORD
          && lexemes.get(i).text(text).equals("let")
          && lexemes.get(i + 1).kind() == KqlScanner.Kind.WORD
          && lexemes.get(i + 1).end() < text.length()) {
        names.add(lexemes.get(i + 1).text(text));
      }
    }
    return names;
  }
}
