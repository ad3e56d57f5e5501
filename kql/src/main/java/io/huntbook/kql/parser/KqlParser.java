package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.Script;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.syntax.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * KQL's parser: a hand-written recursive descent over the {@link Lexer}'s tokens. It never throws
 * on user input: a missing token becomes a diagnostic (and an {@link Expr.Missing} where an
 * expression was due), and parsing resumes at the next {@code |}, {@code ;}, {@code ,} or closing
 * bracket, so every error of a query is reported in one pass.
 *
 * <p>This class parses statements ({@code let}, {@code set}, {@code declare}, queries) and function
 * values; expressions, sources and operators have their own classes sharing one {@link
 * TokenStream}.
 */
public final class KqlParser {
  private final TokenStream tokens;
  private final ExpressionParser expressions;
  private final SourceParser sources;
  private final OperatorParser operators;

  private KqlParser(SourceText source) {
    this.tokens = new TokenStream(source);
    this.expressions = new ExpressionParser(tokens, this);
    this.sources = new SourceParser(tokens, this);
    this.operators = new OperatorParser(tokens, this);
  }

  /** Parses a whole query text. */
  public static ParseResult parse(SourceText source) {
    KqlParser parser = new KqlParser(source);
    List<Statement> statements = parser.statements(false);
    Script script = new Script(statements, new Span(0, source.text().length()));
    List<Diagnostic> diagnostics = new ArrayList<>(parser.tokens.diagnostics());
    diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    return new ParseResult(source, script, diagnostics);
  }

  /** Parses a query text named {@code <query>}. */
  public static ParseResult parse(String text) {
    return parse(SourceText.of(text));
  }

  ExpressionParser expressions() {
    return expressions;
  }

  SourceParser sources() {
    return sources;
  }

  OperatorParser operators() {
    return operators;
  }

  /** Statements up to the end, or (in a function body) up to the closing brace. */
  private List<Statement> statements(boolean inBody) {
    List<Statement> statements = new ArrayList<>();
    while (true) {
      while (tokens.accept(TokenKind.SEMICOLON)) {
        // Empty statements are allowed.
      }
      if (tokens.atEnd() || (inBody && tokens.at(TokenKind.CLOSE_BRACE))) {
        return statements;
      }
      int before = tokens.mark();
      Statement statement = statement();
      if (statement != null) {
        statements.add(statement);
      }
      if (tokens.at(TokenKind.SEMICOLON)
          || tokens.atEnd()
          || (inBody && tokens.at(TokenKind.CLOSE_BRACE))) {
        continue;
      }
      if (tokens.mark() > before && tokens.afterBlankLine()) {
        tokens.report(DiagnosticCatalog.statementsSeparatedByBlankLine(tokens.current().span()));
        continue;
      }
      tokens.reportUnexpected();
      tokens.skipUntil(EnumSet.of(TokenKind.SEMICOLON));
      if (TokenStream.isCloser(tokens.current().kind())
          && !(inBody && tokens.at(TokenKind.CLOSE_BRACE))) {
        tokens.advance();
      }
      if (tokens.mark() == before) {
        tokens.advance();
      }
    }
  }

  private Statement statement() {
    int start = tokens.mark();
    Token first = tokens.current();
    if (first.is("let") && tokens.peek(1).kind() != TokenKind.PIPE) {
      tokens.advance();
      return let(start);
    }
    if (first.is("set") && startsSetOption(tokens.peek(1))) {
      tokens.advance();
      return set(start);
    }
    if ((first.is("declare") || first.is("alias") || first.is("restrict") || first.is("pattern"))
        && tokens.peek(1).kind() == TokenKind.IDENTIFIER) {
      tokens.advance();
      tokens.skipUntil(EnumSet.of(TokenKind.SEMICOLON));
      return new Statement.Ignored(first.text(), List.of(), tokens.spanFrom(start));
    }
    Expr query = expressions.pipeline();
    return new Statement.Query(query, tokens.spanFrom(start));
  }

  /** {@code set x}, and {@code set ;} which lacks its option (a table named set is unlikely). */
  private static boolean startsSetOption(Token token) {
    return token.kind() == TokenKind.IDENTIFIER
        || token.kind() == TokenKind.SEMICOLON
        || token.kind() == TokenKind.END;
  }

  private Statement let(int start) {
    Identifier name = tokens.expectIdentifier();
    tokens.expect(TokenKind.ASSIGN);
    Expr value;
    if (tokens.at("view") && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      tokens.advance();
      value = function();
    } else if (tokens.at(TokenKind.OPEN_PAREN) && isFunction()) {
      value = function();
    } else {
      value = expressions.pipeline();
    }
    return new Statement.Let(name, value, tokens.spanFrom(start));
  }

  /** A parenthesised group followed by {@code {} is a function's parameter list. */
  private boolean isFunction() {
    int mark = tokens.mark();
    tokens.skipGroup();
    boolean function = tokens.at(TokenKind.OPEN_BRACE);
    tokens.reset(mark);
    return function;
  }

  private Expr function() {
    try {
      return tokens.enter() ? functionBody() : new Expr.Missing(tokens.here());
    } finally {
      tokens.exit();
    }
  }

  private Expr functionBody() {
    int start = tokens.mark();
    tokens.expect(TokenKind.OPEN_PAREN);
    List<FunctionParam> parameters = new ArrayList<>();
    if (!tokens.at(TokenKind.CLOSE_PAREN)) {
      parameters.addAll(expressions.list(this::parameter));
    }
    tokens.expect(TokenKind.CLOSE_PAREN);
    tokens.expect(TokenKind.OPEN_BRACE);
    List<Statement> body = statements(true);
    tokens.expect(TokenKind.CLOSE_BRACE);
    return new Expr.Function(parameters, body, tokens.spanFrom(start));
  }

  private FunctionParam parameter() {
    int start = tokens.mark();
    Identifier name = tokens.expectIdentifier();
    tokens.expect(TokenKind.COLON);
    Optional<Identifier> typeName = Optional.empty();
    List<ColumnDecl> columns = List.of();
    if (tokens.at(TokenKind.OPEN_PAREN)) {
      columns = expressions.columnDecls();
    } else {
      typeName = Optional.of(expressions.typeName());
    }
    Optional<Expr> defaultValue = Optional.empty();
    if (tokens.accept(TokenKind.ASSIGN)) {
      defaultValue = Optional.of(expressions.expression());
    }
    return new FunctionParam(name, typeName, columns, defaultValue, tokens.spanFrom(start));
  }

  private Statement set(int start) {
    StringBuilder option = new StringBuilder();
    int nameStart = tokens.mark();
    option.append(tokens.expectIdentifier().name());
    while (tokens.at(TokenKind.DOT) && tokens.peek(1).kind() == TokenKind.IDENTIFIER) {
      tokens.advance();
      option.append('.').append(tokens.advance().text());
    }
    Identifier name = new Identifier(option.toString(), tokens.spanFrom(nameStart));
    Optional<Expr> value = Optional.empty();
    if (tokens.accept(TokenKind.ASSIGN)) {
      value = Optional.of(expressions.expression());
    }
    return new Statement.Set(name, value, tokens.spanFrom(start));
  }
}
