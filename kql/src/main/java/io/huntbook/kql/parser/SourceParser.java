package io.huntbook.kql.parser;

import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tabular sources that start a query with a keyword: {@code datatable}, {@code print}, {@code
 * range}, {@code union}, and {@code externaldata}, {@code find}, {@code search} (skipped and kept
 * as {@link Expr.UnsupportedSource}). Table names and calls are ordinary expressions.
 */
final class SourceParser {
  static final Set<String> UNION_OPTIONS = Set.of("withsource", "kind", "isfuzzy");

  private final TokenStream tokens;
  private final KqlParser parser;

  SourceParser(TokenStream tokens, KqlParser parser) {
    this.tokens = tokens;
    this.parser = parser;
  }

  /**
   * True when the current word starts a source rather than naming a column: {@code print} and
   * {@code union} are names only when an operator or a closing token follows them.
   */
  boolean atSource() {
    Token token = tokens.current();
    if (token.kind() != TokenKind.IDENTIFIER) {
      return false;
    }
    TokenKind next = tokens.peek(1).kind();
    return switch (token.text()) {
      case "datatable", "externaldata", "external_data" -> next == TokenKind.OPEN_PAREN;
      case "range" ->
          next == TokenKind.IDENTIFIER && tokens.peek(2).is("from")
              || next == TokenKind.OPEN_BRACKET && tokens.peek(4).is("from");
      case "print", "union", "find", "search" -> !continuesAsName(next);
      default -> false;
    };
  }

  private static boolean continuesAsName(TokenKind next) {
    return switch (next) {
      case ASSIGN,
          EQUAL,
          NOT_EQUAL,
          LESS,
          LESS_EQUAL,
          GREATER,
          GREATER_EQUAL,
          EQUAL_TILDE,
          BANG_TILDE,
          DOT,
          COMMA,
          CLOSE_PAREN,
          CLOSE_BRACKET,
          CLOSE_BRACE,
          PLUS,
          SLASH,
          PERCENT,
          SEMICOLON,
          PIPE,
          END ->
          true;
      default -> false;
    };
  }

  Expr source() {
    int start = tokens.mark();
    Token keyword = tokens.advance();
    return switch (keyword.text()) {
      case "datatable" -> dataTable(start);
      case "print" -> print(start);
      case "range" -> range(start);
      case "union" -> union(start);
      case "search" -> search(start);
      case "find" -> find(start);
      case "externaldata", "external_data" -> externalData(start, keyword.text());
      default -> {
        tokens.skipUntil(EnumSet.of(TokenKind.PIPE, TokenKind.SEMICOLON));
        yield new Expr.UnsupportedSource(keyword.text(), tokens.spanFrom(start));
      }
    };
  }

  private Expr dataTable(int start) {
    ExpressionParser expressions = parser.expressions();
    List<ColumnDecl> columns = expressions.columnDecls();
    List<Expr> values = new ArrayList<>();
    tokens.expect(TokenKind.OPEN_BRACKET);
    while (!tokens.at(TokenKind.CLOSE_BRACKET) && !tokens.atEnd()) {
      values.add(expressions.expression());
      if (tokens.accept(TokenKind.COMMA) || tokens.at(TokenKind.CLOSE_BRACKET)) {
        continue;
      }
      tokens.reportUnexpected();
      tokens.skipUntil(EnumSet.of(TokenKind.COMMA));
      if (!tokens.accept(TokenKind.COMMA)) {
        break;
      }
    }
    tokens.expect(TokenKind.CLOSE_BRACKET);
    return new Expr.DataTable(columns, values, tokens.spanFrom(start));
  }

  private Expr print(int start) {
    List<NamedExpr> columns = new ArrayList<>();
    if (!parser.expressions().atPipelineEnd()) {
      columns.addAll(parser.expressions().list(parser.expressions()::namedExpr));
    }
    return new Expr.Print(columns, tokens.spanFrom(start));
  }

  private Expr range(int start) {
    ExpressionParser expressions = parser.expressions();
    Identifier column = tokens.expectIdentifier();
    tokens.expectKeyword("from", "range");
    Expr from = expressions.expression();
    tokens.expectKeyword("to", "range");
    Expr to = expressions.expression();
    tokens.expectKeyword("step", "range");
    Expr step = expressions.expression();
    return new Expr.Range(column, from, to, step, tokens.spanFrom(start));
  }

  private Expr union(int start) {
    List<OptionAssign> options = parser.expressions().options(UNION_OPTIONS);
    List<Expr> tables = unionTables();
    return new Expr.Union(options, tables, tokens.spanFrom(start));
  }

  /**
   * {@code search [kind=…] [in (tables)] predicate} as a source: the search operator over a union
   * of the tables (all of them without {@code in}) that names each row's table in {@code $table}.
   */
  private Expr search(int start) {
    List<OptionAssign> options = parser.expressions().options(Set.of("kind"));
    List<Expr> tables = new ArrayList<>();
    if (tokens.at("in") && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      tokens.advance();
      tokens.advance();
      tables.addAll(unionTables());
      tokens.expect(TokenKind.CLOSE_PAREN);
    } else {
      Identifier every = new Identifier("*", tokens.here());
      tables.add(new Expr.Name(every, every.span()));
    }
    Span here = tokens.here();
    Identifier source = new Identifier("$table", here);
    OptionAssign withSource =
        new OptionAssign(new Identifier("withsource", here), new Expr.Name(source, here), here);
    Expr union = new Expr.Union(List.of(withSource), tables, tokens.spanFrom(start));
    Expr predicate = parser.expressions().searchPredicate();
    Span span = tokens.spanFrom(start);
    return new Expr.Pipe(union, new Operator.Search(options, predicate, span), span);
  }

  /**
   * {@code find [withsource=C] in (tables) where predicate [project columns]} as a source: an outer
   * union of the tables naming each row's table in {@code source_} (or C), filtered, then the
   * projected columns after the table's name. Without {@code project} every column is kept (Kusto
   * instead packs the columns not common to all tables into {@code pack_}).
   */
  private Expr find(int start) {
    List<OptionAssign> options = parser.expressions().options(Set.of("withsource"));
    String source = "source_";
    for (OptionAssign option : options) {
      if (option.value() instanceof Expr.Name name) {
        source = name.name();
      }
    }
    List<Expr> tables = new ArrayList<>();
    if (tokens.accept("in") && tokens.expect(TokenKind.OPEN_PAREN)) {
      tables.addAll(unionTables());
      tokens.expect(TokenKind.CLOSE_PAREN);
    } else {
      Identifier every = new Identifier("*", tokens.here());
      tables.add(new Expr.Name(every, every.span()));
    }
    Span here = tokens.here();
    Identifier sourceName = new Identifier(source, here);
    OptionAssign withSource =
        new OptionAssign(new Identifier("withsource", here), new Expr.Name(sourceName, here), here);
    Expr result = new Expr.Union(List.of(withSource), tables, tokens.spanFrom(start));
    if (tokens.expectKeyword("where", "find")) {
      Expr predicate = parser.expressions().expression();
      result =
          new Expr.Pipe(
              result, new Operator.Where(predicate, predicate.span()), tokens.spanFrom(start));
    }
    boolean smart =
        tokens.at("project")
            && tokens.peek(1).kind() == TokenKind.MINUS
            && tokens.peek(2).is("smart");
    if (smart) {
      tokens.advance();
      tokens.advance();
      tokens.advance();
    } else if (tokens.at("project")) {
      int projectStart = tokens.mark();
      tokens.advance();
      List<NamedExpr> columns = new ArrayList<>();
      columns.add(new NamedExpr(List.of(), new Expr.Name(sourceName, here), here));
      for (Expr column : parser.expressions().list(this::findColumn)) {
        if (column != null) {
          columns.add(new NamedExpr(List.of(), column, column.span()));
        }
      }
      result =
          new Expr.Pipe(
              result,
              new Operator.Project(columns, tokens.spanFrom(projectStart)),
              tokens.spanFrom(start));
    }
    return result;
  }

  /** A column of find's project: {@code name[:type]}, or {@code pack_all()} (null: left out). */
  private Expr findColumn() {
    if (tokens.at("pack_all") && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      parser.expressions().call();
      return null;
    }
    Identifier name = tokens.expectIdentifier();
    if (tokens.accept(TokenKind.COLON)) {
      parser.expressions().typeName();
    }
    return new Expr.Name(name, name.span());
  }

  /** The tables of a union: names, wildcards ({@code Device*}) or parenthesised pipelines. */
  List<Expr> unionTables() {
    return parser.expressions().list(this::tableReference);
  }

  /** A table operand: a wildcard name, a name or call, or a parenthesised pipeline (unwrapped). */
  Expr tableReference() {
    Identifier pattern = parser.operators().namePattern(true);
    if (pattern != null) {
      return new Expr.Name(pattern, pattern.span());
    }
    Expr table = parser.expressions().postfix();
    return table instanceof Expr.Parenthesized parenthesized ? parenthesized.inner() : table;
  }

  private Expr externalData(int start, String keyword) {
    tokens.skipGroup();
    if (tokens.at(TokenKind.OPEN_BRACKET)) {
      tokens.skipGroup();
    }
    if (tokens.accept("with")) {
      tokens.skipGroup();
    }
    return new Expr.UnsupportedSource(keyword, tokens.spanFrom(start));
  }
}
