package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parser's cursor over the tokens, and the diagnostics collected so far. Reports at most one
 * diagnostic per source position, so a single mistake that several rules notice is reported once.
 */
final class TokenStream {
  private final SourceText source;
  private final List<Token> tokens;
  private final List<Diagnostic> diagnostics;
  private int position;
  private final Set<Integer> reportedOffsets = new HashSet<>();

  /**
   * Nesting the parser follows before giving up, far beyond any real query, far below the stack.
   */
  private static final int MAX_DEPTH = 256;

  private int depth;

  TokenStream(SourceText source) {
    this.source = source;
    this.diagnostics = new ArrayList<>();
    this.tokens = Lexer.tokenize(source, diagnostics);
    diagnostics.forEach(diagnostic -> reportedOffsets.add(diagnostic.span().start()));
  }

  SourceText source() {
    return source;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  Token current() {
    return tokens.get(position);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(position + ahead, tokens.size() - 1));
  }

  Token previous() {
    return tokens.get(Math.max(0, position - 1));
  }

  int mark() {
    return position;
  }

  void reset(int mark) {
    position = mark;
  }

  boolean at(TokenKind kind) {
    return current().kind() == kind;
  }

  boolean at(String word) {
    return current().is(word);
  }

  boolean atEnd() {
    return at(TokenKind.END);
  }

  Token advance() {
    Token token = current();
    if (token.kind() != TokenKind.END) {
      position++;
    }
    return token;
  }

  boolean accept(TokenKind kind) {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }

  boolean accept(String word) {
    if (at(word)) {
      advance();
      return true;
    }
    return false;
  }

  /** Consumes a token of {@code kind}, or reports that it is missing and consumes nothing. */
  boolean expect(TokenKind kind) {
    if (accept(kind)) {
      return true;
    }
    report(
        DiagnosticCatalog.expectedToken(
            kind.description(), current().describe(), current().span()));
    return false;
  }

  /** Consumes keyword {@code word} or reports it missing after {@code after}. */
  boolean expectKeyword(String word, String after) {
    if (accept(word)) {
      return true;
    }
    report(DiagnosticCatalog.expectedKeyword(word, after, current().describe(), current().span()));
    return false;
  }

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n");

  /**
   * True when an empty line (or a line holding only a comment) separates the previous token from
   * the current one: the portal's way of writing several queries in one text.
   */
  boolean afterBlankLine() {
    if (position == 0) {
      return false;
    }
    String gap = source.text().substring(previous().span().end(), current().span().start());
    String withoutComments = gap.replaceAll("//[^\\n]*", "");
    return BLANK_LINE.matcher(withoutComments).find();
  }

  /**
   * Enters one level of nesting; false (with one diagnostic, the nested text skipped to the next
   * closing bracket) when the query nests too deeply to parse without exhausting the stack. Every
   * call must be paired with {@link #exit()}.
   */
  boolean enter() {
    depth++;
    if (depth <= MAX_DEPTH) {
      return true;
    }
    report(DiagnosticCatalog.nestedTooDeeply(current().span()));
    skipUntil(EnumSet.noneOf(TokenKind.class));
    return false;
  }

  void exit() {
    depth--;
  }

  /**
   * Reports the current token as unexpected, with a hint for the usual slips: {@code =} written for
   * {@code ==}, and an operator name whose {@code |} is missing.
   */
  void reportUnexpected() {
    Token token = current();
    String hint = null;
    if (token.kind() == TokenKind.ASSIGN) {
      hint = "to compare values use '=='";
    } else if (token.kind() == TokenKind.IDENTIFIER
        && OperatorParser.KNOWN.contains(token.text())) {
      hint = "is a '|' missing before '" + token.text() + "'?";
    }
    report(
        hint == null
            ? DiagnosticCatalog.unexpectedToken(token.describe(), token.span())
            : DiagnosticCatalog.unexpectedToken(token.describe(), hint, token.span()));
  }

  /** A zero-length span where the current token starts: where a missing thing belongs. */
  Span here() {
    return new Span(current().span().start(), 0);
  }

  /** From the start of token {@code startMark} to the end of the last consumed token. */
  Span spanFrom(int startMark) {
    Span first = tokens.get(Math.min(startMark, tokens.size() - 1)).span();
    if (position <= startMark) {
      return new Span(first.start(), 0);
    }
    return first.to(previous().span());
  }

  void report(Diagnostic diagnostic) {
    if (reportedOffsets.add(diagnostic.span().start())) {
      diagnostics.add(diagnostic);
    }
  }

  /** An identifier token as a name (any word, keywords included), or null if there is none. */
  Identifier acceptIdentifier() {
    if (at(TokenKind.IDENTIFIER)) {
      Token token = advance();
      return new Identifier(token.text(), token.span());
    }
    if (at(TokenKind.OPEN_BRACKET)
        && peek(1).kind() == TokenKind.STRING
        && peek(2).kind() == TokenKind.CLOSE_BRACKET) {
      int start = mark();
      advance();
      String name = advance().value();
      advance();
      return new Identifier(name, spanFrom(start));
    }
    return null;
  }

  /** A name, or a diagnostic and a placeholder with an empty name. */
  Identifier expectIdentifier() {
    Identifier name = acceptIdentifier();
    if (name != null) {
      return name;
    }
    report(DiagnosticCatalog.expectedName(current().describe(), current().span()));
    return new Identifier("", here());
  }

  private static final Set<TokenKind> OPENERS =
      EnumSet.of(TokenKind.OPEN_PAREN, TokenKind.OPEN_BRACKET, TokenKind.OPEN_BRACE);
  private static final Set<TokenKind> CLOSERS =
      EnumSet.of(TokenKind.CLOSE_PAREN, TokenKind.CLOSE_BRACKET, TokenKind.CLOSE_BRACE);

  /**
   * Skips tokens, keeping brackets balanced, until one of {@code stops} at nesting level zero, an
   * unmatched closing bracket, or the end. Returns whether anything was skipped.
   */
  boolean skipUntil(Set<TokenKind> stops) {
    int start = position;
    int depth = 0;
    while (!atEnd()) {
      TokenKind kind = current().kind();
      if (depth == 0 && (stops.contains(kind) || CLOSERS.contains(kind))) {
        break;
      }
      if (OPENERS.contains(kind)) {
        depth++;
      } else if (CLOSERS.contains(kind)) {
        depth--;
      }
      advance();
    }
    return position > start;
  }

  /** Skips one balanced bracket group starting at the current opening bracket. */
  void skipGroup() {
    if (!OPENERS.contains(current().kind())) {
      return;
    }
    int depth = 0;
    do {
      TokenKind kind = current().kind();
      if (OPENERS.contains(kind)) {
        depth++;
      } else if (CLOSERS.contains(kind)) {
        depth--;
      }
      advance();
    } while (depth > 0 && !atEnd());
  }

  /**
   * Skips from the current {@code (} past its matching {@code )}, counting parentheses only: the
   * text of a literal such as {@code dynamic([1, }])} may hold unbalanced brackets of other kinds.
   */
  void skipParenthesized() {
    int depth = 0;
    do {
      if (at(TokenKind.OPEN_PAREN)) {
        depth++;
      } else if (at(TokenKind.CLOSE_PAREN)) {
        depth--;
      }
      advance();
    } while (depth > 0 && !atEnd());
  }

  static boolean isCloser(TokenKind kind) {
    return CLOSERS.contains(kind);
  }
}
