package io.huntbook.kql.parser;

import io.huntbook.kql.diagnostics.DiagnosticCatalog;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.JoinCondition;
import io.huntbook.kql.syntax.MvExpandItem;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.ParsePart;
import io.huntbook.kql.syntax.Rename;
import io.huntbook.kql.syntax.ScanDeclaration;
import io.huntbook.kql.syntax.ScanStep;
import io.huntbook.kql.syntax.SeriesAggregate;
import io.huntbook.kql.syntax.SortKey;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.syntax.TopNestedLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The tabular operators after {@code |}, one method per operator. */
final class OperatorParser {
  /** Real KQL operators Huntbook skips to the next {@code |} and reports as unsupported. */
  static final Set<String> UNSUPPORTED =
      Set.of(
          "fork",
          "facet",
          "reduce",
          "sample-distinct",
          "consume",
          "make-graph",
          "graph-match",
          "graph-merge",
          "graph-to-table",
          "graph-shortest-paths",
          "graph-mark-components",
          "project-smart",
          "macro-expand",
          "assert-schema",
          "execute-and-cache",
          "externaldata",
          "lookup-v2",
          "print",
          "range",
          "datatable",
          "project-by-names");

  /** Every operator name this parser reads, for hints and "did you mean" suggestions. */
  static final Set<String> KNOWN =
      Set.of(
          "where",
          "filter",
          "project",
          "project-away",
          "project-keep",
          "project-rename",
          "project-reorder",
          "extend",
          "summarize",
          "count",
          "take",
          "limit",
          "sample",
          "top",
          "sort",
          "order",
          "distinct",
          "join",
          "lookup",
          "union",
          "mv-expand",
          "mvexpand",
          "parse",
          "parse-where",
          "parse-kv",
          "render",
          "getschema",
          "serialize",
          "as",
          "invoke",
          "evaluate",
          "make-series",
          "top-nested",
          "mv-apply",
          "search",
          "scan",
          "top-hitters",
          "partition");

  private static final Set<String> JOIN_OPTIONS = Set.of("kind");
  private static final Set<String> MV_EXPAND_OPTIONS =
      Set.of("bagexpansion", "with_itemindex", "kind");
  private static final Set<String> PARSE_OPTIONS = Set.of("kind", "flags");

  private final TokenStream tokens;
  private final KqlParser parser;

  OperatorParser(TokenStream tokens, KqlParser parser) {
    this.tokens = tokens;
    this.parser = parser;
  }

  private ExpressionParser expressions() {
    return parser.expressions();
  }

  /**
   * The operator after a {@code |}, or null (with a diagnostic) when the word names none; the
   * caller then skips to the next {@code |}.
   */
  Operator operator() {
    int start = tokens.mark();
    if (!tokens.at(TokenKind.IDENTIFIER)) {
      tokens.report(
          DiagnosticCatalog.expectedOperator(tokens.current().describe(), tokens.current().span()));
      return null;
    }
    Identifier keyword = keyword();
    return switch (keyword.name()) {
      case "where", "filter" -> new Operator.Where(expressions().expression(), span(start));
      case "project" -> new Operator.Project(namedExprs(), span(start));
      case "project-away" -> new Operator.ProjectAway(namePatterns(), span(start));
      case "project-keep" -> new Operator.ProjectKeep(namePatterns(), span(start));
      case "project-rename" -> new Operator.ProjectRename(renames(), span(start));
      case "project-reorder" -> new Operator.ProjectReorder(reorderKeys(), span(start));
      case "extend" -> new Operator.Extend(namedExprs(), span(start));
      case "summarize" -> summarize(start);
      case "count" -> new Operator.Count(span(start));
      case "take", "limit" -> new Operator.Take(expressions().expression(), span(start));
      case "sample" -> new Operator.Sample(expressions().expression(), span(start));
      case "top" -> top(start);
      case "sort", "order" -> {
        tokens.expectKeyword("by", keyword.name());
        yield new Operator.Sort(sortKeys(), span(start));
      }
      case "distinct" ->
          new Operator.Distinct(expressions().list(expressions()::expression), span(start));
      case "join" -> join(start, false);
      case "lookup" -> join(start, true);
      case "union" -> {
        List<OptionAssign> options = expressions().options(SourceParser.UNION_OPTIONS);
        yield new Operator.Union(options, parser.sources().unionTables(), span(start));
      }
      // mvexpand is the legacy spelling, still common in published hunting queries.
      case "mv-expand", "mvexpand" -> mvExpand(start);
      case "make-series" -> makeSeries(start);
      case "top-nested" -> topNested(start);
      case "mv-apply", "mvapply" -> mvApply(start);
      case "scan" -> scan(start);
      case "partition" -> partition(start);
      case "top-hitters" -> {
        Expr count = expressions().expression();
        tokens.expectKeyword("of", "top-hitters");
        Expr of = expressions().expression();
        Optional<Expr> by = Optional.empty();
        if (tokens.accept("by")) {
          by = Optional.of(expressions().expression());
        }
        yield new Operator.TopHitters(count, of, by, span(start));
      }
      case "search" -> {
        List<OptionAssign> options = expressions().options(Set.of("kind"));
        yield new Operator.Search(options, expressions().searchPredicate(), span(start));
      }
      case "parse" -> parse(start, false);
      case "parse-where" -> parse(start, true);
      case "parse-kv" -> parseKv(start);
      case "render" -> render(start);
      case "getschema" -> new Operator.GetSchema(span(start));
      case "serialize" -> {
        List<NamedExpr> columns = expressions().atPipelineEnd() ? List.of() : namedExprs();
        yield new Operator.Serialize(columns, span(start));
      }
      case "as" -> {
        List<OptionAssign> options = expressions().options(Set.of());
        yield new Operator.As(options, tokens.expectIdentifier(), span(start));
      }
      case "invoke" -> new Operator.Invoke(call(), span(start));
      case "evaluate" -> {
        List<OptionAssign> options = expressions().options(Set.of());
        yield new Operator.Evaluate(options, call(), span(start));
      }
      default -> unsupported(keyword, start);
    };
  }

  private Span span(int start) {
    return tokens.spanFrom(start);
  }

  /** The operator word, joining hyphenated names written without spaces ({@code mv-expand}). */
  private Identifier keyword() {
    int start = tokens.mark();
    StringBuilder name = new StringBuilder(tokens.advance().text());
    while (tokens.at(TokenKind.MINUS)
        && tokens.previous().touches(tokens.current())
        && tokens.peek(1).kind() == TokenKind.IDENTIFIER
        && tokens.current().touches(tokens.peek(1))) {
      tokens.advance();
      name.append('-').append(tokens.advance().text());
    }
    return new Identifier(name.toString(), tokens.spanFrom(start));
  }

  private Operator unsupported(Identifier keyword, int start) {
    if (!UNSUPPORTED.contains(keyword.name())) {
      tokens.report(
          DiagnosticCatalog.unknownOperator(
              keyword.name(), closestOperator(keyword.name()), keyword.span()));
      tokens.skipUntil(EnumSet.of(TokenKind.PIPE, TokenKind.SEMICOLON));
      return null;
    }
    tokens.skipUntil(EnumSet.of(TokenKind.PIPE, TokenKind.SEMICOLON));
    return new Operator.Unsupported(keyword, span(start));
  }

  /** The known operator nearest to a misspelt one (at most two edits away), or null. */
  static String closestOperator(String name) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : KNOWN.stream().sorted().toList()) {
      int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private List<NamedExpr> namedExprs() {
    return expressions().list(expressions()::namedExpr);
  }

  private List<Identifier> namePatterns() {
    return expressions().list(this::expectNamePattern);
  }

  private Identifier expectNamePattern() {
    Identifier pattern = namePattern(false);
    return pattern != null ? pattern : tokens.expectIdentifier();
  }

  /**
   * A column or table name that may hold {@code *} wildcards ({@code Device*}, {@code *Id}),
   * written without spaces. With {@code onlyWithWildcard}, consumes nothing unless there is a
   * wildcard; returns null when nothing was consumed.
   */
  Identifier namePattern(boolean onlyWithWildcard) {
    int start = tokens.mark();
    if (tokens.at(TokenKind.OPEN_BRACKET)) {
      return onlyWithWildcard ? null : tokens.acceptIdentifier();
    }
    StringBuilder name = new StringBuilder();
    boolean wildcard = false;
    Token previous = null;
    while ((tokens.at(TokenKind.IDENTIFIER) || tokens.at(TokenKind.STAR))
        && (previous == null || previous.touches(tokens.current()))) {
      if (previous != null
          && previous.kind() == TokenKind.IDENTIFIER
          && tokens.at(TokenKind.IDENTIFIER)) {
        break;
      }
      previous = tokens.advance();
      wildcard |= previous.kind() == TokenKind.STAR;
      name.append(previous.text());
    }
    if (previous == null || (onlyWithWildcard && !wildcard)) {
      tokens.reset(start);
      return null;
    }
    return new Identifier(name.toString(), tokens.spanFrom(start));
  }

  private List<Rename> renames() {
    return expressions()
        .list(
            () -> {
              int start = tokens.mark();
              Identifier newName = tokens.expectIdentifier();
              tokens.expect(TokenKind.ASSIGN);
              Identifier oldName = tokens.expectIdentifier();
              return new Rename(newName, oldName, tokens.spanFrom(start));
            });
  }

  private List<SortKey> reorderKeys() {
    return expressions()
        .list(
            () -> {
              int start = tokens.mark();
              Identifier pattern = expectNamePattern();
              Optional<SortKey.Direction> direction = direction();
              if (direction.isEmpty()
                  && tokens.at("granny")
                  && tokens.peek(1).kind() == TokenKind.MINUS) {
                // Natural ("granny") order keeps only its direction in the tree.
                direction =
                    Optional.of(
                        keyword().name().endsWith("desc")
                            ? SortKey.Direction.DESC
                            : SortKey.Direction.ASC);
              }
              return new SortKey(
                  new Expr.Name(pattern, pattern.span()),
                  direction,
                  Optional.empty(),
                  tokens.spanFrom(start));
            });
  }

  private Optional<SortKey.Direction> direction() {
    if (tokens.accept("asc")) {
      return Optional.of(SortKey.Direction.ASC);
    }
    if (tokens.accept("desc")) {
      return Optional.of(SortKey.Direction.DESC);
    }
    return Optional.empty();
  }

  List<SortKey> sortKeys() {
    return expressions()
        .list(
            () -> {
              int start = tokens.mark();
              Expr expr = expressions().expression();
              Optional<SortKey.Direction> direction = direction();
              Optional<SortKey.NullOrder> nulls = Optional.empty();
              if (tokens.accept("nulls")) {
                if (tokens.accept("first")) {
                  nulls = Optional.of(SortKey.NullOrder.FIRST);
                } else if (tokens.accept("last")) {
                  nulls = Optional.of(SortKey.NullOrder.LAST);
                } else {
                  tokens.expectKeyword("first' or 'last", "nulls");
                }
              }
              return new SortKey(expr, direction, nulls, tokens.spanFrom(start));
            });
  }

  private Operator summarize(int start) {
    List<OptionAssign> options = expressions().options(Set.of());
    List<NamedExpr> aggregates = new ArrayList<>();
    if (!tokens.at("by") && !expressions().atPipelineEnd()) {
      aggregates.addAll(namedExprs());
    }
    List<NamedExpr> by = new ArrayList<>();
    if (tokens.accept("by")) {
      by.addAll(namedExprs());
    }
    return new Operator.Summarize(options, aggregates, by, span(start));
  }

  private Operator top(int start) {
    Expr count = expressions().expression();
    tokens.expectKeyword("by", "top");
    return new Operator.Top(count, sortKeys(), span(start));
  }

  private Operator join(int start, boolean lookup) {
    List<OptionAssign> options = expressions().options(JOIN_OPTIONS);
    Expr right = parser.sources().tableReference();
    List<JoinCondition> on = new ArrayList<>();
    if (tokens.expectKeyword("on", lookup ? "lookup" : "join")) {
      for (Expr condition : expressions().list(expressions()::expression)) {
        JoinConditions.flatten(condition, on, tokens);
      }
    }
    return lookup
        ? new Operator.Lookup(options, right, on, span(start))
        : new Operator.Join(options, right, on, span(start));
  }

  private Operator mvExpand(int start) {
    List<OptionAssign> options = expressions().options(MV_EXPAND_OPTIONS);
    List<MvExpandItem> items = expandItems();
    Optional<Expr> limit = Optional.empty();
    if (tokens.accept("limit")) {
      limit = Optional.of(expressions().expression());
    }
    return new Operator.MvExpand(options, items, limit, span(start));
  }

  /** The {@code [name =] expr [to typeof(type)]} items of mv-expand and mv-apply. */
  private List<MvExpandItem> expandItems() {
    return expressions()
        .list(
            () -> {
              int itemStart = tokens.mark();
              Optional<Identifier> name = Optional.empty();
              int mark = tokens.mark();
              Identifier candidate = tokens.acceptIdentifier();
              if (candidate != null && tokens.accept(TokenKind.ASSIGN)) {
                name = Optional.of(candidate);
              } else {
                tokens.reset(mark);
              }
              Expr expr = expressions().expression();
              Optional<Identifier> toType = Optional.empty();
              if (tokens.accept("to")) {
                tokens.expectKeyword("typeof", "to");
                tokens.expect(TokenKind.OPEN_PAREN);
                toType = Optional.of(expressions().typeName());
                tokens.expect(TokenKind.CLOSE_PAREN);
              }
              return new MvExpandItem(name, expr, toType, tokens.spanFrom(itemStart));
            });
  }

  private Operator mvApply(int start) {
    List<OptionAssign> options = expressions().options(MV_EXPAND_OPTIONS);
    List<MvExpandItem> items = expandItems();
    Optional<Expr> limit = Optional.empty();
    if (tokens.accept("limit")) {
      limit = Optional.of(expressions().expression());
    }
    List<Operator> body = new ArrayList<>();
    if (tokens.expectKeyword("on", "mv-apply")) {
      body.addAll(subquery());
    }
    return new Operator.MvApply(options, items, limit, body, span(start));
  }

  /** {@code (operator | operator …)}: a subquery whose source is implicit. */
  private List<Operator> subquery() {
    List<Operator> body = new ArrayList<>();
    if (tokens.expect(TokenKind.OPEN_PAREN)) {
      // The subquery may start with a '|' of its own.
      tokens.accept(TokenKind.PIPE);
      do {
        Operator operator = operator();
        if (operator != null) {
          body.add(operator);
        }
        if (!tokens.at(TokenKind.PIPE) && !tokens.at(TokenKind.CLOSE_PAREN)) {
          tokens.reportUnexpected();
          tokens.skipUntil(EnumSet.of(TokenKind.PIPE));
        }
      } while (tokens.accept(TokenKind.PIPE));
      tokens.expect(TokenKind.CLOSE_PAREN);
    }
    return body;
  }

  private Operator partition(int start) {
    List<OptionAssign> options = expressions().options(Set.of());
    Expr by = new Expr.Missing(tokens.here());
    List<Operator> body = new ArrayList<>();
    if (tokens.expectKeyword("by", "partition")) {
      // A column name: an expression would read 'k (…)' as a call.
      Identifier column = tokens.expectIdentifier();
      by = new Expr.Name(column, column.span());
      body.addAll(subquery());
    }
    return new Operator.Partition(options, by, body, span(start));
  }

  private Operator makeSeries(int start) {
    List<OptionAssign> options = expressions().options(Set.of("kind"));
    List<SeriesAggregate> aggregates =
        expressions()
            .list(
                () -> {
                  int itemStart = tokens.mark();
                  NamedExpr aggregate = expressions().namedExpr();
                  Optional<Expr> defaultValue = Optional.empty();
                  if (tokens.accept("default")) {
                    tokens.expect(TokenKind.ASSIGN);
                    defaultValue = Optional.of(expressions().expression());
                  }
                  return new SeriesAggregate(aggregate, defaultValue, tokens.spanFrom(itemStart));
                });
    Expr axis = new Expr.Missing(tokens.here());
    Optional<Expr> from = Optional.empty();
    Optional<Expr> to = Optional.empty();
    Expr step = new Expr.Missing(tokens.here());
    if (tokens.expectKeyword("on", "make-series")) {
      // Not expression(): its 'in' would swallow the 'in range(…)' form.
      axis = expressions().additive();
      if (tokens.accept("in")) {
        tokens.expectKeyword("range", "in");
        tokens.expect(TokenKind.OPEN_PAREN);
        from = Optional.of(expressions().expression());
        tokens.expect(TokenKind.COMMA);
        to = Optional.of(expressions().expression());
        tokens.expect(TokenKind.COMMA);
        step = expressions().expression();
        tokens.expect(TokenKind.CLOSE_PAREN);
      } else {
        if (tokens.accept("from")) {
          from = Optional.of(expressions().expression());
        }
        if (tokens.accept("to")) {
          to = Optional.of(expressions().expression());
        }
        if (tokens.expectKeyword("step", "make-series")) {
          step = expressions().expression();
        }
      }
    }
    List<NamedExpr> by = new ArrayList<>();
    if (tokens.accept("by")) {
      by.addAll(namedExprs());
    }
    return new Operator.MakeSeries(options, aggregates, axis, from, to, step, by, span(start));
  }

  private Operator scan(int start) {
    List<OptionAssign> options = expressions().options(Set.of("with_match_id"));
    List<ScanDeclaration> declarations = new ArrayList<>();
    if (tokens.accept("declare") && tokens.expect(TokenKind.OPEN_PAREN)) {
      if (!tokens.at(TokenKind.CLOSE_PAREN)) {
        declarations.addAll(
            expressions()
                .list(
                    () -> {
                      int declarationStart = tokens.mark();
                      Identifier name = tokens.expectIdentifier();
                      tokens.expect(TokenKind.COLON);
                      Identifier type = expressions().typeName();
                      Optional<Expr> defaultValue = Optional.empty();
                      if (tokens.accept(TokenKind.ASSIGN)) {
                        defaultValue = Optional.of(expressions().expression());
                      }
                      return new ScanDeclaration(
                          name, type, defaultValue, tokens.spanFrom(declarationStart));
                    }));
      }
      tokens.expect(TokenKind.CLOSE_PAREN);
    }
    List<ScanStep> steps = new ArrayList<>();
    if (tokens.expectKeyword("with", "scan") && tokens.expect(TokenKind.OPEN_PAREN)) {
      while (tokens.at("step")) {
        int stepStart = tokens.mark();
        tokens.advance();
        Identifier name = tokens.expectIdentifier();
        List<OptionAssign> stepOptions = expressions().options(Set.of("output"));
        tokens.expect(TokenKind.COLON);
        Expr condition = expressions().expression();
        List<NamedExpr> assignments = new ArrayList<>();
        if (tokens.accept(TokenKind.ARROW)) {
          assignments.addAll(namedExprs());
        }
        steps.add(
            new ScanStep(name, stepOptions, condition, assignments, tokens.spanFrom(stepStart)));
        if (!tokens.accept(TokenKind.SEMICOLON)) {
          break;
        }
      }
      if (steps.isEmpty()) {
        tokens.expectKeyword("step", "with (");
      }
      tokens.expect(TokenKind.CLOSE_PAREN);
    }
    return new Operator.Scan(options, declarations, steps, span(start));
  }

  private Operator topNested(int start) {
    List<TopNestedLevel> levels = new ArrayList<>();
    do {
      int levelStart = tokens.mark();
      // Every level after the first repeats the operator's name.
      if (!levels.isEmpty() && tokens.at("top") && tokens.peek(1).kind() == TokenKind.MINUS) {
        Identifier again = keyword();
        if (!again.name().equals("top-nested")) {
          tokens.report(
              DiagnosticCatalog.expectedKeyword("top-nested", ",", again.name(), again.span()));
        }
      } else if (!levels.isEmpty()) {
        tokens.expectKeyword("top-nested", ",");
      }
      Optional<Expr> count = Optional.empty();
      if (!tokens.at("of")) {
        count = Optional.of(expressions().expression());
      }
      tokens.expectKeyword("of", "top-nested");
      NamedExpr of = expressions().namedExpr();
      Optional<Expr> others = Optional.empty();
      if (tokens.accept("with")) {
        tokens.expectKeyword("others", "with");
        tokens.expect(TokenKind.ASSIGN);
        others = Optional.of(expressions().expression());
      }
      tokens.expectKeyword("by", "top-nested");
      NamedExpr aggregate = expressions().namedExpr();
      Optional<SortKey.Direction> direction = direction();
      levels.add(
          new TopNestedLevel(count, of, others, aggregate, direction, tokens.spanFrom(levelStart)));
    } while (tokens.accept(TokenKind.COMMA));
    return new Operator.TopNested(levels, span(start));
  }

  private Operator parse(int start, boolean where) {
    List<OptionAssign> options = expressions().options(PARSE_OPTIONS);
    Expr source = expressions().expression();
    List<ParsePart> parts = new ArrayList<>();
    if (tokens.expectKeyword("with", where ? "parse-where" : "parse")) {
      while (!expressions().atPipelineEnd()) {
        int partStart = tokens.mark();
        if (tokens.at(TokenKind.STRING)) {
          Expr.Literal text = expressions().stringLiteral();
          parts.add(new ParsePart.Text((String) text.value(), text.span()));
        } else if (tokens.accept(TokenKind.STAR)) {
          parts.add(new ParsePart.Wildcard(span(partStart)));
        } else {
          Identifier column = tokens.acceptIdentifier();
          if (column == null) {
            tokens.reportUnexpected();
            tokens.advance();
            continue;
          }
          Optional<Identifier> type = Optional.empty();
          if (tokens.accept(TokenKind.COLON)) {
            type = Optional.of(expressions().typeName());
          }
          parts.add(new ParsePart.Capture(column, type, span(partStart)));
        }
      }
    }
    return new Operator.Parse(where, options, source, parts, span(start));
  }

  private Operator parseKv(int start) {
    Expr source = expressions().expression();
    tokens.expectKeyword("as", "parse-kv");
    var columns = expressions().columnDecls();
    List<OptionAssign> options = new ArrayList<>();
    if (tokens.accept("with")) {
      options.addAll(parenthesizedOptions());
    }
    return new Operator.ParseKv(source, columns, options, span(start));
  }

  private Operator render(int start) {
    Identifier chart = tokens.expectIdentifier();
    List<OptionAssign> properties = new ArrayList<>();
    if (tokens.accept("with")) {
      properties.addAll(parenthesizedOptions());
    }
    while (tokens.at(TokenKind.IDENTIFIER) && tokens.peek(1).kind() == TokenKind.ASSIGN) {
      properties.add(option());
    }
    return new Operator.Render(chart, properties, span(start));
  }

  /** {@code (name = value, …)} as in {@code render … with (title = "x")}. */
  private List<OptionAssign> parenthesizedOptions() {
    List<OptionAssign> options = new ArrayList<>();
    tokens.expect(TokenKind.OPEN_PAREN);
    if (!tokens.at(TokenKind.CLOSE_PAREN)) {
      options.addAll(expressions().list(this::option));
    }
    tokens.expect(TokenKind.CLOSE_PAREN);
    return options;
  }

  private OptionAssign option() {
    int start = tokens.mark();
    Identifier name = tokens.expectIdentifier();
    tokens.expect(TokenKind.ASSIGN);
    Expr value = expressions().expression();
    return new OptionAssign(name, value, span(start));
  }

  private Expr.Call call() {
    if (tokens.at(TokenKind.IDENTIFIER) && tokens.peek(1).kind() == TokenKind.OPEN_PAREN) {
      return expressions().call();
    }
    Identifier name = tokens.expectIdentifier();
    return new Expr.Call(name, List.of(), name.span());
  }
}
