package io.huntbook.kql.syntax;

import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.Objects;

/**
 * An expression: scalar ({@code a + 1}, {@code x has "y"}) or tabular ({@code T | where …}, {@code
 * datatable(…)[…]}). KQL's grammar does not separate the two — {@code let x = T;} and {@code let x
 * = 5;} look alike — so the parser produces one tree and the binder decides.
 */
public sealed interface Expr extends Node {

  /**
   * A literal. {@code value} is null for a typed null ({@code long(null)}), else: Boolean, Integer
   * (int), Long, Double (real), BigDecimal (decimal), String, {@code java.time.Instant} (datetime),
   * {@code java.time.Duration} (timespan), {@code java.util.UUID} (guid).
   */
  record Literal(KqlType type, Object value, Span span) implements Expr {
    public Literal {
      Objects.requireNonNull(type);
      Objects.requireNonNull(span);
    }
  }

  /** {@code dynamic(…)}: the JSON text of the value, canonical (no KQL-only syntax left in it). */
  record DynamicLiteral(String json, Span span) implements Expr {
    public DynamicLiteral {
      Objects.requireNonNull(json);
    }
  }

  /** A name: a column, a let variable, a table, or {@code $left}/{@code $right} in a join. */
  record Name(Identifier identifier, Span span) implements Expr {
    public Name {
      Objects.requireNonNull(identifier);
    }

    public String name() {
      return identifier.name();
    }
  }

  /** {@code *} as an argument ({@code arg_max(T, *)}, {@code count(*)}) or a wildcard column. */
  record Star(Span span) implements Expr {}

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
    public Unary {
      Objects.requireNonNull(op);
      Objects.requireNonNull(operand);
    }
  }

  /** Binary operators, including the whole string-operator family and {@code matches regex}. */
  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
    public Binary {
      Objects.requireNonNull(op);
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }
  }

  /**
   * {@code x in (…)}, {@code !in}, {@code in~}, {@code !in~}, {@code has_any}, {@code has_all},
   * {@code has_any_cs}… The list holds scalars, dynamic arrays, or one tabular expression.
   */
  record In(InOp op, Expr value, List<Expr> set, Span span) implements Expr {
    public In {
      Objects.requireNonNull(op);
      Objects.requireNonNull(value);
      set = List.copyOf(set);
    }
  }

  /** {@code x between (low .. high)} and {@code !between}. */
  record Between(Expr value, Expr low, Expr high, boolean negated, Span span) implements Expr {
    public Between {
      Objects.requireNonNull(value);
      Objects.requireNonNull(low);
      Objects.requireNonNull(high);
    }
  }

  /**
   * A call of a built-in or user function, an aggregate, or a plugin: {@code f(a, b)}. Named
   * arguments ({@code f(x=1)}) appear as {@link Binary} with {@link BinaryOp#ASSIGN}.
   */
  record Call(Identifier function, List<Expr> arguments, Span span) implements Expr {
    public Call {
      Objects.requireNonNull(function);
      arguments = List.copyOf(arguments);
    }

    public String name() {
      return function.name();
    }
  }

  /** {@code d.a}: member access on dynamic (or {@code $left.Key} in join conditions). */
  record Member(Expr target, Identifier member, Span span) implements Expr {
    public Member {
      Objects.requireNonNull(target);
      Objects.requireNonNull(member);
    }
  }

  /** {@code d["x.y"]}, {@code d[0]}, {@code d[-1]}. */
  record Index(Expr target, Expr index, Span span) implements Expr {
    public Index {
      Objects.requireNonNull(target);
      Objects.requireNonNull(index);
    }
  }

  /** {@code (a, b)}: a parenthesised list where the grammar allows one (e.g. tuple assignment). */
  record Parenthesized(Expr inner, Span span) implements Expr {
    public Parenthesized {
      Objects.requireNonNull(inner);
    }
  }

  /** {@code source | operator}. A chain is left-nested: {@code (T | a) | b}. */
  record Pipe(Expr source, Operator operator, Span span) implements Expr {
    public Pipe {
      Objects.requireNonNull(source);
      Objects.requireNonNull(operator);
    }
  }

  /** {@code datatable(a:long, b:string) [1, "x", 2, "y"]}: values in row-major order. */
  record DataTable(List<ColumnDecl> columns, List<Expr> values, Span span) implements Expr {
    public DataTable {
      columns = List.copyOf(columns);
      values = List.copyOf(values);
    }
  }

  /** {@code print a = 1, 2}. */
  record Print(List<NamedExpr> columns, Span span) implements Expr {
    public Print {
      columns = List.copyOf(columns);
    }
  }

  /** {@code range x from 1 to 10 step 1}. */
  record Range(Identifier column, Expr from, Expr to, Expr step, Span span) implements Expr {
    public Range {
      Objects.requireNonNull(column);
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
      Objects.requireNonNull(step);
    }
  }

  /** {@code union T1, T2} at the start of a query (as an operator it is {@link Operator.Union}). */
  record Union(List<OptionAssign> options, List<Expr> tables, Span span) implements Expr {
    public Union {
      options = List.copyOf(options);
      tables = List.copyOf(tables);
    }
  }

  /** {@code (a:long, b:string = "x") { body }}: a function value bound by {@code let}. */
  record Function(List<FunctionParam> parameters, List<Statement> body, Span span) implements Expr {
    public Function {
      parameters = List.copyOf(parameters);
      body = List.copyOf(body);
    }
  }

  /**
   * {@code externaldata(…) […]}, {@code find}, {@code search} at the start of a query, and other
   * tabular sources Huntbook recognises but does not run. The binder reports them as unsupported.
   */
  record UnsupportedSource(String keyword, Span span) implements Expr {
    public UnsupportedSource {
      Objects.requireNonNull(keyword);
    }
  }

  /** What the parser left where an expression was missing; a diagnostic was reported already. */
  record Missing(Span span) implements Expr {}

  enum UnaryOp {
    NEGATE,
    PLUS,
    NOT
  }

  enum InOp {
    IN("in"),
    NOT_IN("!in"),
    IN_CI("in~"),
    NOT_IN_CI("!in~"),
    HAS_ANY("has_any"),
    HAS_ALL("has_all");

    private final String text;

    InOp(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  enum BinaryOp {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    MODULO("%"),
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">="),
    EQUAL_CI("=~"),
    NOT_EQUAL_CI("!~"),
    AND("and"),
    OR("or"),
    HAS("has"),
    NOT_HAS("!has"),
    HAS_CS("has_cs"),
    NOT_HAS_CS("!has_cs"),
    HASPREFIX("hasprefix"),
    NOT_HASPREFIX("!hasprefix"),
    HASPREFIX_CS("hasprefix_cs"),
    NOT_HASPREFIX_CS("!hasprefix_cs"),
    HASSUFFIX("hassuffix"),
    NOT_HASSUFFIX("!hassuffix"),
    HASSUFFIX_CS("hassuffix_cs"),
    NOT_HASSUFFIX_CS("!hassuffix_cs"),
    CONTAINS("contains"),
    NOT_CONTAINS("!contains"),
    CONTAINS_CS("contains_cs"),
    NOT_CONTAINS_CS("!contains_cs"),
    STARTSWITH("startswith"),
    NOT_STARTSWITH("!startswith"),
    STARTSWITH_CS("startswith_cs"),
    NOT_STARTSWITH_CS("!startswith_cs"),
    ENDSWITH("endswith"),
    NOT_ENDSWITH("!endswith"),
    ENDSWITH_CS("endswith_cs"),
    NOT_ENDSWITH_CS("!endswith_cs"),
    MATCHES_REGEX("matches regex"),
    /** {@code name = value} inside argument lists and option lists. */
    ASSIGN("=");

    private final String text;

    BinaryOp(String text) {
      this.text = text;
    }

    /** The operator as written in KQL. */
    public String text() {
      return text;
    }
  }
}
