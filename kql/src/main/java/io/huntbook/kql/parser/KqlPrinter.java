package io.huntbook.kql.parser;

import io.huntbook.kql.syntax.ColumnDecl;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Expr.BinaryOp;
import io.huntbook.kql.syntax.FunctionParam;
import io.huntbook.kql.syntax.Identifier;
import io.huntbook.kql.syntax.JoinCondition;
import io.huntbook.kql.syntax.MvExpandItem;
import io.huntbook.kql.syntax.NamedExpr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.OptionAssign;
import io.huntbook.kql.syntax.ParsePart;
import io.huntbook.kql.syntax.ScanStep;
import io.huntbook.kql.syntax.Script;
import io.huntbook.kql.syntax.SortKey;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.syntax.TopNestedLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a syntax tree back as KQL text that parses to an equal tree (spans aside). Parentheses
 * come from {@link Expr.Parenthesized} nodes and from precedence where a hand-built tree needs
 * them. Constructs the parser only skipped (unsupported operators and sources, ignored statements)
 * are copied from the source text when it is given.
 */
public final class KqlPrinter {
  /** Words that must be bracketed ({@code ['by']}) to be read back as names. */
  private static final Set<String> RESERVED =
      Set.of(
          "and",
          "or",
          "by",
          "on",
          "with",
          "asc",
          "desc",
          "nulls",
          "to",
          "from",
          "step",
          "in",
          "between",
          "true",
          "false",
          "let",
          "set",
          "declare",
          "alias",
          "restrict",
          "pattern",
          "view",
          "typeof",
          "limit",
          "matches",
          "print",
          "union",
          "range",
          "datatable",
          "find",
          "search",
          "externaldata",
          "external_data",
          "has_any",
          "has_all",
          "first",
          "last",
          "notcontains",
          "containscs",
          "notcontainscs",
          "nothas",
          "granny");

  private final SourceText source;

  private KqlPrinter(SourceText source) {
    this.source = source;
  }

  /** The script as KQL; skipped constructs are copied from {@code source}. */
  public static String print(Script script, SourceText source) {
    return new KqlPrinter(source).script(script);
  }

  /** An expression as KQL, without a source for skipped constructs. */
  public static String print(Expr expr) {
    return new KqlPrinter(null).expr(expr);
  }

  private String script(Script script) {
    return script.statements().stream().map(this::statement).collect(Collectors.joining(";\n"));
  }

  private String statement(Statement statement) {
    return switch (statement) {
      case Statement.Let let -> "let " + name(let.name()) + " = " + expr(let.value());
      case Statement.Set set ->
          "set " + set.option().name() + set.value().map(v -> " = " + expr(v)).orElse("");
      case Statement.Query query -> expr(query.expr());
      case Statement.Ignored ignored -> skipped(ignored.keyword(), ignored.span());
    };
  }

  private String skipped(String keyword, Span span) {
    return source != null ? source.slice(span) : keyword;
  }

  String expr(Expr expr) {
    return switch (expr) {
      case Expr.Literal literal -> literal(literal);
      case Expr.DynamicLiteral dynamic -> "dynamic(" + dynamic.json() + ")";
      case Expr.Name name -> name(name.identifier());
      case Expr.Star star -> "*";
      case Expr.Unary unary ->
          switch (unary.op()) {
            case NEGATE -> "-" + operand(unary.operand(), 6, false);
            case PLUS -> "+" + operand(unary.operand(), 6, false);
            case NOT -> "not(" + expr(unary.operand()) + ")";
          };
      case Expr.Binary binary -> binary(binary);
      case Expr.In in ->
          operand(in.value(), 3, false)
              + " "
              + in.op().text()
              + " ("
              + join(in.set(), this::expr)
              + ")";
      case Expr.Between between ->
          operand(between.value(), 3, false)
              + (between.negated() ? " !between (" : " between (")
              + operand(between.low(), 4, false)
              + " .. "
              + operand(between.high(), 4, false)
              + ")";
      case Expr.Call call ->
          // A call's name stays bare even when reserved: the '(' after it makes it a call.
          call.function().name() + "(" + join(call.arguments(), this::expr) + ")";
      case Expr.Member member -> operand(member.target(), 7, false) + "." + name(member.member());
      case Expr.Index index -> operand(index.target(), 7, false) + "[" + expr(index.index()) + "]";
      case Expr.Parenthesized parenthesized -> "(" + expr(parenthesized.inner()) + ")";
      case Expr.Pipe pipe -> expr(pipe.source()) + "\n| " + operator(pipe.operator());
      case Expr.DataTable table ->
          "datatable("
              + join(table.columns(), this::column)
              + ") ["
              + join(table.values(), this::expr)
              + "]";
      case Expr.Print print -> "print " + join(print.columns(), this::namedExpr);
      case Expr.Range range ->
          "range "
              + name(range.column())
              + " from "
              + expr(range.from())
              + " to "
              + expr(range.to())
              + " step "
              + expr(range.step());
      case Expr.Union union ->
          "union " + options(union.options()) + join(union.tables(), this::table);
      case Expr.Function function ->
          "("
              + join(function.parameters(), this::parameter)
              + ") {\n"
              + function.body().stream().map(this::statement).collect(Collectors.joining(";\n"))
              + "\n}";
      case Expr.UnsupportedSource unsupported -> skipped(unsupported.keyword(), unsupported.span());
      case Expr.Missing missing -> "";
    };
  }

  private static int precedence(BinaryOp op) {
    return switch (op) {
      case OR -> 1;
      case AND -> 2;
      case ADD, SUBTRACT -> 4;
      case MULTIPLY, DIVIDE, MODULO -> 5;
      case ASSIGN -> 0;
      default -> 3;
    };
  }

  private static int precedence(Expr expr) {
    return switch (expr) {
      case Expr.Binary binary -> precedence(binary.op());
      case Expr.In in -> 3;
      case Expr.Between between -> 3;
      case Expr.Unary unary -> 6;
      case Expr.Pipe pipe -> 0;
      default -> 7;
    };
  }

  private String binary(Expr.Binary binary) {
    int level = precedence(binary.op());
    if (binary.op() == BinaryOp.ASSIGN) {
      return expr(binary.left()) + " = " + expr(binary.right());
    }
    return operand(binary.left(), level, false)
        + " "
        + binary.op().text()
        + " "
        + operand(binary.right(), level, true);
  }

  /** An operand, parenthesised when its precedence is too low for where it stands. */
  private String operand(Expr operand, int level, boolean right) {
    int own = precedence(operand);
    boolean wrap = own < level || (right && own == level && level < 7);
    return wrap ? "(" + expr(operand) + ")" : expr(operand);
  }

  private String literal(Expr.Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return literal.type().kqlName() + "(null)";
    }
    return switch (value) {
      case Boolean b -> b.toString();
      case Integer i -> "int(" + i + ")";
      case Long l -> l >= 0 || l == Long.MIN_VALUE ? l.toString() : "long(" + l + ")";
      case Double d -> real(d);
      case BigDecimal d -> "decimal(" + d.toPlainString() + ")";
      case String s -> quote(s);
      case Instant instant -> "datetime(" + LiteralSyntax.formatDatetime(instant) + ")";
      case Duration duration -> "time(" + LiteralSyntax.formatTimespan(duration) + ")";
      default -> literal.type().kqlName() + "(" + value + ")";
    };
  }

  private static String real(double value) {
    if (Double.isNaN(value)) {
      return "real(nan)";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "real(+inf)" : "real(-inf)";
    }
    String text = Double.toString(value);
    return value >= 0 && !text.startsWith("-") ? text : "real(" + text + ")";
  }

  /** A string literal in double quotes with backslash escapes. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A name as written back: plain when the lexer reads it as one word, else bracketed. */
  static String name(Identifier identifier) {
    String name = identifier.name();
    if (isPlainName(name) || isWildcardPattern(name)) {
      return name;
    }
    return "[" + quote(name) + "]";
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty() || RESERVED.contains(name)) {
      return false;
    }
    int start = name.startsWith("$") ? 1 : 0;
    if (start == name.length() || !Lexer.isIdentifierStart(name.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < name.length(); i++) {
      if (!Lexer.isIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWildcardPattern(String name) {
    return name.contains("*")
        && name.chars().allMatch(c -> c == '*' || Lexer.isIdentifierPart((char) c));
  }

  private String column(ColumnDecl column) {
    return name(column.name()) + ":" + column.typeName().name();
  }

  private String namedExpr(NamedExpr named) {
    String value = expr(named.expr());
    return switch (named.names().size()) {
      case 0 -> value;
      case 1 -> name(named.names().getFirst()) + " = " + value;
      default -> "(" + join(named.names(), KqlPrinter::name) + ") = " + value;
    };
  }

  private String parameter(FunctionParam parameter) {
    String type =
        parameter
            .typeName()
            .map(Identifier::name)
            .orElseGet(
                () ->
                    "("
                        + (parameter.tabularColumns().isEmpty()
                            ? "*"
                            : join(parameter.tabularColumns(), this::column))
                        + ")");
    return name(parameter.name())
        + ":"
        + type
        + parameter.defaultValue().map(v -> " = " + expr(v)).orElse("");
  }

  private String options(List<OptionAssign> options) {
    StringBuilder out = new StringBuilder();
    for (OptionAssign option : options) {
      out.append(option.name().name()).append('=').append(expr(option.value())).append(' ');
    }
    return out.toString();
  }

  /** A table operand: names and calls as they are, anything else parenthesised. */
  private String table(Expr table) {
    return switch (table) {
      case Expr.Name name -> name(name.identifier());
      case Expr.Call call -> expr(call);
      default -> "(" + expr(table) + ")";
    };
  }

  private String sortKey(SortKey key) {
    return expr(key.expr())
        + key.direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("")
        + key.nulls().map(n -> " nulls " + n.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  private String joinCondition(JoinCondition condition) {
    if (condition.left().name().equals(condition.right().name())) {
      return name(condition.left());
    }
    return "$left." + name(condition.left()) + " == $right." + name(condition.right());
  }

  private String operator(Operator operator) {
    return switch (operator) {
      case Operator.Where where -> "where " + expr(where.predicate());
      case Operator.Project project -> "project " + join(project.columns(), this::namedExpr);
      case Operator.ProjectAway away -> "project-away " + join(away.columns(), KqlPrinter::name);
      case Operator.ProjectKeep keep -> "project-keep " + join(keep.columns(), KqlPrinter::name);
      case Operator.ProjectRename rename ->
          "project-rename "
              + join(rename.renames(), r -> name(r.newName()) + " = " + name(r.oldName()));
      case Operator.ProjectReorder reorder ->
          "project-reorder " + join(reorder.columns(), this::sortKey);
      case Operator.Extend extend -> "extend " + join(extend.columns(), this::namedExpr);
      case Operator.Summarize summarize ->
          "summarize "
              + options(summarize.options())
              + join(summarize.aggregates(), this::namedExpr)
              + (summarize.by().isEmpty() ? "" : " by " + join(summarize.by(), this::namedExpr));
      case Operator.Count count -> "count";
      case Operator.Take take -> "take " + expr(take.count());
      case Operator.Top top -> "top " + expr(top.count()) + " by " + join(top.by(), this::sortKey);
      case Operator.Sort sort -> "sort by " + join(sort.by(), this::sortKey);
      case Operator.Distinct distinct -> "distinct " + join(distinct.columns(), this::expr);
      case Operator.Join join ->
          "join "
              + options(join.options())
              + "("
              + expr(join.right())
              + ") on "
              + join(join.on(), this::joinCondition);
      case Operator.Lookup lookup ->
          "lookup "
              + options(lookup.options())
              + "("
              + expr(lookup.right())
              + ") on "
              + join(lookup.on(), this::joinCondition);
      case Operator.Union union ->
          "union " + options(union.options()) + join(union.tables(), this::table);
      case Operator.MvExpand expand ->
          "mv-expand "
              + options(expand.options())
              + join(expand.items(), this::mvExpandItem)
              + expand.limit().map(l -> " limit " + expr(l)).orElse("");
      case Operator.Parse parse ->
          (parse.where() ? "parse-where " : "parse ")
              + options(parse.options())
              + expr(parse.source())
              + " with "
              + parse.parts().stream().map(this::parsePart).collect(Collectors.joining(" "));
      case Operator.ParseKv parseKv ->
          "parse-kv "
              + expr(parseKv.source())
              + " as ("
              + join(parseKv.columns(), this::column)
              + ")"
              + (parseKv.options().isEmpty()
                  ? ""
                  : " with (" + join(parseKv.options(), this::property) + ")");
      case Operator.Render render ->
          "render "
              + name(render.chart())
              + (render.properties().isEmpty()
                  ? ""
                  : " with (" + join(render.properties(), this::property) + ")");
      case Operator.GetSchema schema -> "getschema";
      case Operator.Serialize serialize ->
          "serialize " + join(serialize.columns(), this::namedExpr);
      case Operator.As as -> "as " + options(as.options()) + name(as.name());
      case Operator.Invoke invoke -> "invoke " + expr(invoke.call());
      case Operator.Evaluate evaluate ->
          "evaluate " + options(evaluate.options()) + expr(evaluate.plugin());
      case Operator.Sample sample -> "sample " + expr(sample.count());
      case Operator.Unsupported unsupported ->
          skipped(unsupported.keyword().name(), unsupported.span());
      case Operator.MakeSeries series -> makeSeries(series);
      case Operator.Scan scan -> scan(scan);
      case Operator.Partition partition ->
          "partition "
              + options(partition.options())
              + "by "
              + expr(partition.by())
              + " ("
              + partition.body().stream().map(this::operator).collect(Collectors.joining(" | "))
              + ")";
      case Operator.TopHitters hitters ->
          "top-hitters "
              + expr(hitters.count())
              + " of "
              + expr(hitters.of())
              + hitters.by().map(b -> " by " + expr(b)).orElse("");
      case Operator.Search search ->
          "search " + options(search.options()) + expr(search.predicate());
      case Operator.TopNested topNested -> join(topNested.levels(), this::topNestedLevel);
      case Operator.MvApply apply ->
          "mv-apply "
              + options(apply.options())
              + join(apply.items(), this::mvExpandItem)
              + apply.limit().map(l -> " limit " + expr(l)).orElse("")
              + " on ("
              + apply.body().stream().map(this::operator).collect(Collectors.joining(" | "))
              + ")";
    };
  }

  private String makeSeries(Operator.MakeSeries series) {
    return "make-series "
        + options(series.options())
        + join(
            series.aggregates(),
            a ->
                namedExpr(a.aggregate())
                    + a.defaultValue().map(d -> " default = " + expr(d)).orElse(""))
        + " on "
        + expr(series.axis())
        + series.from().map(f -> " from " + expr(f)).orElse("")
        + series.to().map(t -> " to " + expr(t)).orElse("")
        + " step "
        + expr(series.step())
        + (series.by().isEmpty() ? "" : " by " + join(series.by(), this::namedExpr));
  }

  private String scan(Operator.Scan scan) {
    StringBuilder out = new StringBuilder("scan ").append(options(scan.options()));
    if (!scan.declarations().isEmpty()) {
      out.append("declare (")
          .append(
              join(
                  scan.declarations(),
                  d ->
                      name(d.name())
                          + ": "
                          + d.typeName().name()
                          + d.defaultValue().map(v -> " = " + expr(v)).orElse("")))
          .append(") ");
    }
    out.append("with (");
    for (ScanStep step : scan.steps()) {
      out.append(" step ")
          .append(name(step.name()))
          .append(step.options().isEmpty() ? "" : " " + options(step.options()).strip())
          .append(": ")
          .append(expr(step.condition()));
      if (!step.assignments().isEmpty()) {
        out.append(" => ").append(join(step.assignments(), this::namedExpr));
      }
      out.append(';');
    }
    return out.append(" )").toString();
  }

  private String topNestedLevel(TopNestedLevel level) {
    return "top-nested "
        + level.count().map(c -> expr(c) + " ").orElse("")
        + "of "
        + namedExpr(level.of())
        + level.others().map(o -> " with others = " + expr(o)).orElse("")
        + " by "
        + namedExpr(level.aggregate())
        + level.direction().map(d -> " " + d.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  private String property(OptionAssign option) {
    return name(option.name()) + " = " + expr(option.value());
  }

  private String mvExpandItem(MvExpandItem item) {
    return item.name().map(n -> name(n) + " = ").orElse("")
        + expr(item.expr())
        + item.toType().map(t -> " to typeof(" + t.name() + ")").orElse("");
  }

  private String parsePart(ParsePart part) {
    return switch (part) {
      case ParsePart.Text text -> quote(text.text());
      case ParsePart.Capture capture ->
          name(capture.column()) + capture.typeName().map(t -> ":" + t.name()).orElse("");
      case ParsePart.Wildcard wildcard -> "*";
    };
  }

  private static <T> String join(List<T> items, Function<T, String> printer) {
    return items.stream().map(printer).collect(Collectors.joining(", "));
  }
}
