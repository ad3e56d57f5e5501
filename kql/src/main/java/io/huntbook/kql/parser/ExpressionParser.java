package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.syntax.Expr.InOp;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Expressions by precedence climbing (or, and, comparison and string operators, additive,
 * multiplicative, unary, postfix, primary), pipelines ({@code source | operator …}) and the small
 * clauses several operators share (named columns, options, column declarations).
 */
final class ExpressionParser {
  private static final Map<String, BinaryOp> WORD_OPERATORS = new HashMap<>();

  static {
    for (BinaryOp op : BinaryOp.values()) {
      if (Character.isLetter(op.text().charAt(0)) || op.text().startsWith("!")) {
        WORD_OPERATORS.put(op.text(), op);
      }
    }
    WORD_OPERATORS.remove("and");
    WORD_OPERATORS.remove("or");
    WORD_OPERATORS.remove("matches regex");
    WORD_OPERATORS.put("notcontains", BinaryOp.NOT_CONTAINS);
    WORD_OPERATORS.put("containscs", BinaryOp.CONTAINS_CS);
    WORD_OPERATORS.put("notcontainscs", BinaryOp.NOT_CONTAINS_CS);
    WORD_OPERATORS.put("nothas", BinaryOp.NOT_HAS);
  }

  private static final Set<TokenKind> LIST_STOPS = EnumSet.of(TokenKind.COMMA);

  private final TokenStream tokens;
  private final KqlParser parser;

  ExpressionParser(TokenStream tokens, KqlParser parser) {
    this.tokens = tokens;
    this.parser = parser;
  }

  /** A tabular or scalar expression followed by any number of {@code | operator}. */
  Expr pipeline() {
    try {
      return tokens.enter() ? pipelineBody() : new Expr.Missing(tokens.here());
    } finally {
      tokens.exit();
    }
  }

  private Expr pipelineBody() {
    int start = tokens.mark();
    Expr result = parser.sources().atSource() ? parser.sources().source() : expression();
    while (tokens.at(TokenKind.PIPE)) {
      tokens.advance();
      Operator operator = parser.operators().operator();
      if (operator != null) {
        result = new Expr.Pipe(result, operator, tokens.spanFrom(start));
      }
      if (!atPipelineEnd() && !tokens.afterBlankLine()) {
        if (takesList(operator) && startsItem(tokens.current())) {
          tokens.report(
              DiagnosticCatalog.unexpectedToken(
                  tokens.current().describe(),
                  "is a ',' missing before it?",
                  tokens.current().span()));
        } else {
          tokens.reportUnexpected();
        }
        tokens.skipUntil(EnumSet.of(TokenKind.PIPE, TokenKind.SEMICOLON));
      }
    }
    return result;
  }

  /** Operators whose text ends with a comma-separated list, where a missing comma is the slip. */
  private static boolean takesList(Operator operator) {
    return operator instanceof Operator.Project
        || operator instanceof Operator.Extend
        || operator instanceof Operator.ProjectAway
        || operator instanceof Operator.ProjectKeep
        || operator instanceof Operator.ProjectRename
        || operator instanceof Operator.ProjectReorder
        || operator instanceof Operator.Distinct
        || operator instanceof Operator.Serialize
        || operator instanceof Operator.Sort
        || (operator instanceof Operator.Summarize summarize && !summarize.by().isEmpty());
  }

  private static boolean startsItem(Token token) {
    return switch (token.kind()) {
      case IDENTIFIER, STRING, LONG, REAL, TIMESPAN -> !OperatorParser.KNOWN.contains(token.text());
      default -> false;
    };
  }

  /** True where a pipeline may end: {@code |}, {@code ;}, {@code ,}, a closing bracket, the end. */
  boolean atPipelineEnd() {
    TokenKind kind = tokens.current().kind();
    return kind == TokenKind.PIPE
        || kind == TokenKind.SEMICOLON
        || kind == TokenKind.COMMA
        || kind == TokenKind.END
        || TokenStream.isCloser(kind);
  }

  Expr expression() {
    try {
      return tokens.enter() ? or() : new Expr.Missing(tokens.here());
    } finally {
      tokens.exit();
    }
  }

  /**
   * The predicate of the search operator: {@code and}, {@code or} and parentheses over terms
   * (string literals, matched against every column), {@code Column:"term"} (read as {@code Column
   * has "term"}) and ordinary comparisons.
   */
  Expr searchPredicate() {
    Expr left = searchConjunction();
    while (tokens.accept("or")) {
      left = binary(BinaryOp.OR, left, searchConjunction());
    }
    return left;
  }

  private Expr searchConjunction() {
    Expr left = searchTerm();
    while (tokens.accept("and")) {
      left = binary(BinaryOp.AND, left, searchTerm());
    }
    return left;
  }

  private Expr searchTerm() {
    int start = tokens.mark();
    // Groups and not(…) hold search predicates of their own, where Column:"term" may appear.
    if (tokens.at(TokenKind.OPEN_PAREN)) {
      Token open = tokens.advance();
      Expr inner = searchPredicate();
      closeParen(open);
      return new Expr.Parenthesized(inner, tokens.spanFrom(start));
    }
    if (tokens.at("not") && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      Identifier not = tokens.expectIdentifier();
      Token open = tokens.advance();
      Expr inner = searchPredicate();
      closeParen(open);
      return new Expr.Call(not, List.of(inner), tokens.spanFrom(start));
    }
    if (tokens.at(TokenKind.IDENTIFIER) && tokens.peek(1).kind() == TokenKind.COLON) {
      Identifier column = tokens.expectIdentifier();
      tokens.advance();
      Expr term = unary();
      return binary(BinaryOp.HAS, new Expr.Name(column, column.span()), term);
    }
    return comparison();
  }

  private Expr or() {
    Expr left = and();
    while (tokens.at("or")) {
      tokens.advance();
      Expr right = and();
      left = new Expr.Binary(BinaryOp.OR, left, right, left.span().to(right.span()));
    }
    return left;
  }

  private Expr and() {
    Expr left = comparison();
    while (tokens.at("and")) {
      tokens.advance();
      Expr right = comparison();
      left = new Expr.Binary(BinaryOp.AND, left, right, left.span().to(right.span()));
    }
    return left;
  }

  private Expr comparison() {
    Expr left = additive();
    while (true) {
      Expr next = comparisonTail(left);
      if (next == null) {
        return left;
      }
      left = next;
    }
  }

  /** The comparison-level operator applied to {@code left}, or null if none follows. */
  private Expr comparisonTail(Expr left) {
    Token token = tokens.current();
    BinaryOp symbol =
        switch (token.kind()) {
          case EQUAL -> BinaryOp.EQUAL;
          case NOT_EQUAL -> BinaryOp.NOT_EQUAL;
          case LESS -> BinaryOp.LESS;
          case LESS_EQUAL -> BinaryOp.LESS_EQUAL;
          case GREATER -> BinaryOp.GREATER;
          case GREATER_EQUAL -> BinaryOp.GREATER_EQUAL;
          case EQUAL_TILDE -> BinaryOp.EQUAL_CI;
          case BANG_TILDE -> BinaryOp.NOT_EQUAL_CI;
          default -> null;
        };
    if (symbol != null) {
      tokens.advance();
      return binary(symbol, left, additive());
    }
    if (token.kind() == TokenKind.BANG
        && tokens.peek(1).kind() == TokenKind.IDENTIFIER
        && token.touches(tokens.peek(1))) {
      String word = tokens.peek(1).text();
      if (word.equals("in")) {
        tokens.advance();
        tokens.advance();
        return in(caseInsensitive() ? InOp.NOT_IN_CI : InOp.NOT_IN, left);
      }
      if (word.equals("between")) {
        tokens.advance();
        tokens.advance();
        return between(left, true);
      }
      BinaryOp negated = WORD_OPERATORS.get("!" + word);
      if (negated != null) {
        tokens.advance();
        tokens.advance();
        return binary(negated, left, additive());
      }
      return null;
    }
    if (token.kind() != TokenKind.IDENTIFIER) {
      return null;
    }
    switch (token.text()) {
      case "in" -> {
        tokens.advance();
        return in(caseInsensitive() ? InOp.IN_CI : InOp.IN, left);
      }
      case "has_any" -> {
        tokens.advance();
        return in(InOp.HAS_ANY, left);
      }
      case "has_all" -> {
        tokens.advance();
        return in(InOp.HAS_ALL, left);
      }
      case "between" -> {
        tokens.advance();
        return between(left, false);
      }
      case "matches" -> {
        if (tokens.peek(1).is("regex")) {
          tokens.advance();
          tokens.advance();
          return binary(BinaryOp.MATCHES_REGEX, left, additive());
        }
        return null;
      }
      default -> {
        BinaryOp op = WORD_OPERATORS.get(token.text());
        if (op == null || token.text().startsWith("!")) {
          return null;
        }
        tokens.advance();
        return binary(op, left, additive());
      }
    }
  }

  /** Consumes the {@code ~} of {@code in~} when it touches the {@code in} just consumed. */
  private boolean caseInsensitive() {
    if (tokens.at(TokenKind.TILDE) && tokens.previous().touches(tokens.current())) {
      tokens.advance();
      return true;
    }
    return false;
  }

  private static Expr binary(BinaryOp op, Expr left, Expr right) {
    return new Expr.Binary(op, left, right, left.span().to(right.span()));
  }

  private Expr in(InOp op, Expr value) {
    List<Expr> set = new ArrayList<>();
    if (tokens.at(TokenKind.OPEN_PAREN)) {
      Token open = tokens.advance();
      if (!tokens.at(TokenKind.CLOSE_PAREN)) {
        set.addAll(list(this::pipeline));
      }
      closeParen(open);
    } else {
      set.add(additive());
    }
    return new Expr.In(op, value, set, value.span().to(tokens.previous().span()));
  }

  private Expr between(Expr value, boolean negated) {
    tokens.expect(TokenKind.OPEN_PAREN);
    Expr low = additive();
    tokens.expect(TokenKind.DOT_DOT);
    Expr high = additive();
    tokens.expect(TokenKind.CLOSE_PAREN);
    return new Expr.Between(value, low, high, negated, value.span().to(tokens.previous().span()));
  }

  Expr additive() {
    Expr left = multiplicative();
    while (tokens.at(TokenKind.PLUS) || tokens.at(TokenKind.MINUS)) {
      BinaryOp op = tokens.advance().kind() == TokenKind.PLUS ? BinaryOp.ADD : BinaryOp.SUBTRACT;
      left = binary(op, left, multiplicative());
    }
    return left;
  }

  private Expr multiplicative() {
    Expr left = unary();
    while (true) {
      BinaryOp op =
          switch (tokens.current().kind()) {
            case STAR -> BinaryOp.MULTIPLY;
            case SLASH -> BinaryOp.DIVIDE;
            case PERCENT -> BinaryOp.MODULO;
            default -> null;
          };
      if (op == null) {
        return left;
      }
      tokens.advance();
      left = binary(op, left, unary());
    }
  }

  Expr unary() {
    try {
      return tokens.enter() ? unaryBody() : new Expr.Missing(tokens.here());
    } finally {
      tokens.exit();
    }
  }

  private Expr unaryBody() {
    int start = tokens.mark();
    if (tokens.at(TokenKind.MINUS)
        && tokens.peek(1).kind() == TokenKind.LONG
        && tokens.peek(1).text().equals("9223372036854775808")) {
      // The one long whose digits do not fit a long until negated.
      tokens.advance();
      tokens.advance();
      return new Expr.Literal(KqlType.LONG, Long.MIN_VALUE, tokens.spanFrom(start));
    }
    if (tokens.at(TokenKind.MINUS) || tokens.at(TokenKind.PLUS)) {
      Expr.UnaryOp op =
          tokens.advance().kind() == TokenKind.MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.PLUS;
      Expr operand = unary();
      return new Expr.Unary(op, operand, tokens.spanFrom(start));
    }
    return postfix();
  }

  /** A primary expression followed by member access ({@code .x}) and indexing ({@code [i]}). */
  Expr postfix() {
    int start = tokens.mark();
    Expr target = primary();
    while (true) {
      if (tokens.at(TokenKind.DOT)) {
        tokens.advance();
        Identifier member = tokens.expectIdentifier();
        target = new Expr.Member(target, member, tokens.spanFrom(start));
      } else if (tokens.at(TokenKind.OPEN_BRACKET) && !(target instanceof Expr.Missing)) {
        tokens.advance();
        Expr index = expression();
        tokens.expect(TokenKind.CLOSE_BRACKET);
        target = new Expr.Index(target, index, tokens.spanFrom(start));
      } else {
        return target;
      }
    }
  }

  private Expr primary() {
    Token token = tokens.current();
    switch (token.kind()) {
      case LONG -> {
        tokens.advance();
        Long value = LiteralSyntax.longToken(token.text());
        if (value == null) {
          tokens.report(DiagnosticCatalog.numberOutOfRange(token.text(), token.span()));
          return new Expr.Literal(KqlType.LONG, null, token.span());
        }
        return new Expr.Literal(KqlType.LONG, value, token.span());
      }
      case REAL -> {
        tokens.advance();
        return new Expr.Literal(KqlType.REAL, Double.parseDouble(token.text()), token.span());
      }
      case TIMESPAN -> {
        tokens.advance();
        var value = LiteralSyntax.timespan(token.text());
        if (value.isEmpty()) {
          tokens.report(DiagnosticCatalog.invalidLiteral("timespan", token.text(), token.span()));
        }
        return new Expr.Literal(KqlType.TIMESPAN, value.orElse(null), token.span());
      }
      case STRING -> {
        return stringLiteral();
      }
      case IDENTIFIER -> {
        return identifierExpression();
      }
      case OPEN_PAREN -> {
        int start = tokens.mark();
        Token open = tokens.advance();
        Expr inner = pipeline();
        closeParen(open);
        return new Expr.Parenthesized(inner, tokens.spanFrom(start));
      }
      case OPEN_BRACKET -> {
        Identifier name = tokens.acceptIdentifier();
        if (name != null) {
          return new Expr.Name(name, name.span());
        }
        return missingExpression();
      }
      case STAR -> {
        tokens.advance();
        return new Expr.Star(token.span());
      }
      default -> {
        return missingExpression();
      }
    }
  }

  Expr missingExpression() {
    Token token = tokens.current();
    tokens.report(DiagnosticCatalog.expectedExpression(token.describe(), token.span()));
    return new Expr.Missing(tokens.here());
  }

  /** One string literal, or several adjacent ones, which KQL concatenates. */
  Expr.Literal stringLiteral() {
    int start = tokens.mark();
    StringBuilder value = new StringBuilder();
    while (tokens.at(TokenKind.STRING)) {
      value.append(tokens.advance().value());
    }
    return new Expr.Literal(KqlType.STRING, value.toString(), tokens.spanFrom(start));
  }

  private Expr identifierExpression() {
    Token token = tokens.current();
    if (token.is("and") || token.is("or")) {
      // Never a name: 'where a == and b' lacks an operand, it does not compare with a column.
      return missingExpression();
    }
    boolean call = tokens.peek(1).kind() == TokenKind.OPEN_PAREN;
    if (token.is("true") || token.is("false")) {
      tokens.advance();
      return new Expr.Literal(KqlType.BOOL, token.is("true"), token.span());
    }
    if (call && token.is("dynamic")) {
      return new DynamicLiteralParser(tokens).dynamic();
    }
    if (call && !token.text().startsWith("$")) {
      var type = KqlType.fromName(token.text());
      if (type.isPresent()
          && type.get() != KqlType.STRING
          && type.get() != KqlType.DYNAMIC
          && token.text().equals(token.text().toLowerCase())) {
        return typedLiteral(type.get());
      }
      return call();
    }
    tokens.advance();
    Identifier name = new Identifier(token.text(), token.span());
    return new Expr.Name(name, token.span());
  }

  /** {@code type(text)}: the raw text between the parentheses is decoded, not parsed. */
  private Expr typedLiteral(KqlType type) {
    int start = tokens.mark();
    tokens.advance();
    int open = tokens.current().span().end();
    tokens.skipParenthesized();
    Token close = tokens.previous();
    boolean closed = close.kind() == TokenKind.CLOSE_PAREN;
    if (!closed) {
      tokens.expect(TokenKind.CLOSE_PAREN);
    }
    int end = closed ? close.span().start() : close.span().end();
    String raw = tokens.source().text().substring(open, Math.max(open, end));
    Span span = tokens.spanFrom(start);
    var value = LiteralSyntax.typed(type, raw);
    if (value.isEmpty()) {
      if (closed) {
        tokens.report(DiagnosticCatalog.invalidLiteral(type.kqlName(), raw.strip(), span));
      }
      return new Expr.Literal(type, null, span);
    }
    return new Expr.Literal(type, value.get().value(), span);
  }

  /** {@code name(args)}; an argument may be {@code *}, {@code name = value} or a pipeline. */
  Expr.Call call() {
    int start = tokens.mark();
    Token name = tokens.advance();
    Token open = tokens.current();
    tokens.expect(TokenKind.OPEN_PAREN);
    List<Expr> arguments = new ArrayList<>();
    if (!tokens.at(TokenKind.CLOSE_PAREN)) {
      arguments.addAll(list(this::argument));
    }
    closeParen(open);
    return new Expr.Call(
        new Identifier(name.text(), name.span()), arguments, tokens.spanFrom(start));
  }

  /**
   * Consumes the {@code )} closing a list; when something else is there, reports it once and skips
   * to that {@code )} (or the next {@code |} or {@code ;}) so the rest of the list adds no noise.
   */
  void closeParen(Token open) {
    if (tokens.atEnd()) {
      if (!tokens.accept(TokenKind.CLOSE_PAREN)) {
        tokens.report(DiagnosticCatalog.unclosedParenthesis(open.span()));
      }
      return;
    }
    if (tokens.expect(TokenKind.CLOSE_PAREN)) {
      return;
    }
    tokens.skipUntil(EnumSet.of(TokenKind.PIPE, TokenKind.SEMICOLON));
    tokens.accept(TokenKind.CLOSE_PAREN);
  }

  private Expr argument() {
    if (tokens.at(TokenKind.IDENTIFIER) && tokens.peek(1).kind() == TokenKind.ASSIGN) {
      Token name = tokens.advance();
      tokens.advance();
      Expr value = pipeline();
      Expr.Name target = new Expr.Name(new Identifier(name.text(), name.span()), name.span());
      return binary(BinaryOp.ASSIGN, target, value);
    }
    return pipeline();
  }

  /** Items separated by commas; a stray token inside an item is reported and skipped. */
  <T> List<T> list(Supplier<T> item) {
    List<T> items = new ArrayList<>();
    while (true) {
      int before = tokens.mark();
      items.add(item.get());
      // A word after an item may be the next keyword of the operator ('by', 'on', 'with'); the
      // operator checks what follows it.
      if (!tokens.at(TokenKind.COMMA) && !atPipelineEnd() && !tokens.at(TokenKind.IDENTIFIER)) {
        tokens.reportUnexpected();
        tokens.skipUntil(LIST_STOPS);
      }
      if (!tokens.accept(TokenKind.COMMA) || tokens.mark() == before) {
        return items;
      }
    }
  }

  /** {@code expr}, {@code name = expr} or {@code (a, b) = expr}. */
  NamedExpr namedExpr() {
    int start = tokens.mark();
    List<Identifier> names = new ArrayList<>();
    if (tokens.at(TokenKind.OPEN_PAREN) && isTupleAssignment()) {
      tokens.advance();
      names.add(tokens.expectIdentifier());
      while (tokens.accept(TokenKind.COMMA)) {
        names.add(tokens.expectIdentifier());
      }
      tokens.expect(TokenKind.CLOSE_PAREN);
      tokens.expect(TokenKind.ASSIGN);
    } else {
      int mark = tokens.mark();
      Identifier name = tokens.acceptIdentifier();
      if (name != null && tokens.accept(TokenKind.ASSIGN)) {
        names.add(name);
      } else {
        tokens.reset(mark);
      }
    }
    Expr expr = expression();
    return new NamedExpr(names, expr, tokens.spanFrom(start));
  }

  private boolean isTupleAssignment() {
    int mark = tokens.mark();
    tokens.skipGroup();
    boolean tuple = tokens.at(TokenKind.ASSIGN);
    tokens.reset(mark);
    return tuple;
  }

  /**
   * Options such as {@code kind=inner hint.strategy=broadcast}: names in {@code allowed}, or any
   * name starting with {@code hint.}; stops at the first word that is not one.
   */
  List<OptionAssign> options(Set<String> allowed) {
    List<OptionAssign> options = new ArrayList<>();
    while (tokens.at(TokenKind.IDENTIFIER)) {
      int start = tokens.mark();
      StringBuilder name = new StringBuilder(tokens.advance().text());
      while (tokens.at(TokenKind.DOT)
          && tokens.peek(1).kind() == TokenKind.IDENTIFIER
          && tokens.previous().touches(tokens.current())) {
        tokens.advance();
        name.append('.').append(tokens.advance().text());
      }
      String text = name.toString();
      if (!tokens.at(TokenKind.ASSIGN) || !(allowed.contains(text) || text.startsWith("hint."))) {
        tokens.reset(start);
        return options;
      }
      Span nameSpan = tokens.spanFrom(start);
      tokens.advance();
      Expr value;
      if (tokens.at(TokenKind.IDENTIFIER) && !tokens.at("true") && !tokens.at("false")) {
        Token word = tokens.advance();
        value = new Expr.Name(new Identifier(word.text(), word.span()), word.span());
      } else {
        value = unary();
      }
      options.add(new OptionAssign(new Identifier(text, nameSpan), value, tokens.spanFrom(start)));
    }
    return options;
  }

  /** {@code name:type} list, as in {@code datatable(a:long, b:string)}; {@code *} is skipped. */
  List<ColumnDecl> columnDecls() {
    List<ColumnDecl> columns = new ArrayList<>();
    tokens.expect(TokenKind.OPEN_PAREN);
    if (!tokens.at(TokenKind.CLOSE_PAREN)) {
      list(
          () -> {
            if (tokens.accept(TokenKind.STAR)) {
              return null;
            }
            int start = tokens.mark();
            Identifier name = tokens.expectIdentifier();
            tokens.expect(TokenKind.COLON);
            Identifier type = typeName();
            columns.add(new ColumnDecl(name, type, tokens.spanFrom(start)));
            return null;
          });
    }
    tokens.expect(TokenKind.CLOSE_PAREN);
    return columns;
  }

  /** A scalar type name, reported when KQL does not know it. */
  Identifier typeName() {
    Identifier type = tokens.expectIdentifier();
    if (!type.name().isEmpty() && KqlType.fromName(type.name()).isEmpty()) {
      tokens.report(DiagnosticCatalog.unknownType(type.name(), type.span()));
    }
    return type;
  }
}
