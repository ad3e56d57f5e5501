package io.huntbook.kql.binder;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.syntax.Expr;
import io.huntbook.kql.syntax.Operator;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Statement;
import io.huntbook.kql.types.KqlType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven checks of expression types, result schemas, diagnostics and the side tables. */
class BinderTest {

  private static BoundScript bind(String kql) {
    ParseResult parsed = KqlParser.parse(SourceText.of(kql));
    assertThat(parsed.diagnostics())
        .as("parse of %s", kql)
        .filteredOn(Diagnostic::isError)
        .isEmpty();
    return Binder.bind(parsed.script(), Catalog.defender());
  }

  /** The type of the single printed value of {@code print x = <expr>}. */
  @ParameterizedTest(name = "{0} : {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "1 + 2 => long",
        "1 + 2.5 => real",
        "toint(1) + toint(2) => long",
        "toint(7) % toint(2) => long",
        "7 / 2 => long",
        "7.0 / 2 => real",
        "datetime(2024-01-02) - datetime(2024-01-01) => timespan",
        "datetime(2024-01-02) + 1h => datetime",
        "2 * 1h => timespan",
        "1h / 1m => real",
        "1 < 2 and true => bool",
        "'abc' has 'b' => bool",
        "iff(true, 1, 2.5) => real",
        "case(true, 'a', false, 'b', 'c') => string",
        "coalesce(int(null), 5) => long",
        "tostring(1) => string",
        "strlen('abc') => long",
        "todecimal('1.5') => decimal",
        "bin(datetime(2024-01-01 10:30), 1h) => datetime",
        "dynamic({'a': 1}).a => dynamic",
        "ago(1d) => datetime",
        "array_length(dynamic([1, 2])) => long",
        "toscalar(print 5) => long",
        "extract('(\\\\d+)', 1, 'a12', typeof(long)) => long",
        "gettype(1) => string",
        "parse_json('{}') => dynamic",
        "-(1) => long",
        "1 in (1, 2) => bool",
        "5 between (1 .. 10) => bool",
      })
  void typesOfScalars(String expression, String type) {
    BoundScript bound = bind("print x = " + expression);
    assertThat(bound.diagnostics()).isEmpty();
    assertThat(bound.resultSchema())
        .contains(List.of(new ColumnSchema("x", KqlType.fromName(type).orElseThrow())));
  }

  /** A query, the line:col of its first binding diagnostic and the message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "DeviceEvents | where ActionTyp == 'LdapSearch' => 1:22 => unknown column 'ActionTyp'; did you mean 'ActionType'?",
        "DeviceEvents | where actiontype == 'x' => 1:22 => unknown column 'actiontype'; did you mean 'ActionType'?",
        "DeviceEvent | take 1 => 1:1 => unknown table 'DeviceEvent'; did you mean 'DeviceEvents'?",
        "print tolowr('A') => 1:7 => unknown function 'tolowr'; did you mean 'tolower'?",
        "print substring('a') => 1:7 => function 'substring' expects 2 to 3 arguments, got 1",
        "DeviceEvents | summarize sum(FileName) => 1:30 => function 'sum' expects a number or timespan as argument 1, got string",
        "DeviceEvents | where FileName => 1:22 => where needs a bool predicate, got string",
        "DeviceEvents | extend c = count() => 1:27 => aggregate 'count' can only be used in summarize",
        "DeviceEvents | summarize count(count()) => 1:32 => aggregate 'count' cannot be nested in another aggregate",
        "DeviceEvents | summarize DeviceName => 1:26 => summarize needs an aggregate such as count() or sum(x) here",
        "DeviceEvents | reduce by ProcessCommandLine => 1:16 => operator 'reduce' is not supported by Huntbook's local engine",
        "DeviceEvents | make-series count() on Timestamp step 5 => 1:54 => the step of a datetime axis must be a timespan, got long",
        "print iff(true, 'a', 1) => 1:22 => 'iff' needs values of one type, got string and long",
        "DeviceEvents | join kind=sideways (DeviceInfo) on DeviceId => 1:26 => unknown join kind 'sideways'",
        "DeviceEvents | join (DeviceInfo) on DeviceIdd => 1:37 => unknown column 'DeviceIdd' on the left side of the join; did you mean 'DeviceId'?",
        "DeviceEvents | project-away NoSuch => 1:29 => unknown column 'NoSuch'",
        "let x = 1; x | take 1 => 1:12 => 'x' is a scalar, not a table",
        "print 'a' * 2 => 1:7 => operator '*' cannot combine string and long",
        "DeviceEvents | project a = 1, a = 2 => 1:31 => column 'a' is produced twice by this operator",
        "DeviceEvents | sort by tostring(AdditionalFields) asc | extend n = row_number() | summarize by DeviceName | extend p = prev(DeviceName) => 1:120 => function 'prev' needs ordered rows: sort the input or add '| serialize' first",
      })
  void diagnosticsPointAtTheOffendingName(String kql, String position, String message) {
    SourceText source = SourceText.of(kql);
    BoundScript bound = Binder.bind(KqlParser.parse(source).script(), Catalog.defender());
    assertThat(bound.diagnostics()).isNotEmpty();
    Diagnostic first = bound.diagnostics().getFirst();
    int offset = first.span().start();
    assertThat(source.line(offset) + ":" + source.column(offset)).isEqualTo(position);
    assertThat(first.message()).isEqualTo(message);
  }

  @Test
  void oneTypoGivesOneMessage() {
    BoundScript bound =
        bind("DevceEvents | where ActionTyp == 'x' | summarize count() by Foo | project Bar");
    assertThat(bound.diagnostics()).hasSize(1);
    assertThat(bound.resultSchema()).isEmpty();
  }

  @Test
  void sideTablesAreKeyedByIdentity() {
    BoundScript bound = bind("DeviceEvents | where FileName == FileName | project FileName");
    Statement.Query query = (Statement.Query) bound.script().statements().getLast();
    Expr.Pipe project = (Expr.Pipe) query.expr();
    Expr.Pipe where = (Expr.Pipe) project.source();
    Expr.Binary predicate = (Expr.Binary) ((Operator.Where) where.operator()).predicate();
    assertThat(predicate.left()).isNotSameAs(predicate.right());
    assertThat(bound.symbolOf((Expr.Name) predicate.left()))
        .hasValueSatisfying(s -> assertThat(s).isInstanceOf(Symbol.Column.class));
    assertThat(bound.symbolOf((Expr.Name) where.source()))
        .hasValueSatisfying(s -> assertThat(s).isInstanceOf(Symbol.Table.class));
    assertThat(bound.typeOf(predicate)).isEqualTo(KqlType.BOOL);
    assertThat(bound.inputSchemaOf(project.operator()))
        .hasValueSatisfying(cols -> assertThat(cols).hasSizeGreaterThan(10));
    assertThat(bound.schemaOf(project))
        .contains(List.of(new ColumnSchema("FileName", KqlType.STRING)));
  }

  @Test
  void callsResolveToTheirFunctions() {
    BoundScript bound =
        bind(
            "let f = (n:long) { n * 2 }; DeviceEvents | summarize c = count() by DeviceName | extend d = f(c), e = strlen(DeviceName)");
    Statement.Query query = (Statement.Query) bound.script().statements().getLast();
    Operator.Extend extend = (Operator.Extend) ((Expr.Pipe) query.expr()).operator();
    Expr.Call userCall = (Expr.Call) extend.columns().get(0).expr();
    Expr.Call builtin = (Expr.Call) extend.columns().get(1).expr();
    assertThat(bound.functionOf(userCall))
        .hasValueSatisfying(f -> assertThat(f).isInstanceOf(FunctionSymbol.User.class));
    assertThat(bound.functionOf(builtin))
        .hasValueSatisfying(f -> assertThat(f).isInstanceOf(FunctionSymbol.Builtin.class));
    assertThat(bound.typeOf(userCall)).isEqualTo(KqlType.LONG);
    assertThat(bound.outputNames(extend.columns().get(0))).containsExactly("d");
  }

  @Test
  void letSymbolsCarryTheirTypeOrSchema() {
    BoundScript bound = bind("let n = 5; let T = print a = 1; T | extend b = n");
    Statement.Query query = (Statement.Query) bound.script().statements().getLast();
    Expr.Pipe pipe = (Expr.Pipe) query.expr();
    Symbol table = bound.symbolOf((Expr.Name) pipe.source()).orElseThrow();
    assertThat(table).isInstanceOf(Symbol.Let.class);
    assertThat(((Symbol.Let) table).tabularSchema())
        .contains(List.of(new ColumnSchema("a", KqlType.LONG)));
    Operator.Extend extend = (Operator.Extend) pipe.operator();
    Symbol scalar = bound.symbolOf((Expr.Name) extend.columns().getFirst().expr()).orElseThrow();
    assertThat(((Symbol.Let) scalar).scalarType()).contains(KqlType.LONG);
    assertThat(
            bound.resultSchema().orElseThrow().stream()
                .map(ColumnSchema::name)
                .collect(Collectors.toList()))
        .containsExactly("a", "b");
  }

  @Test
  void garbageInputNeverThrows() {
    for (String kql :
        List.of(
            "",
            "|",
            "let",
            "let f = (x:long) { f(x) }; print f(1)",
            "T => join",
            "print (",
            "a.b.c |")) {
      ParseResult parsed = KqlParser.parse(SourceText.of(kql));
      BoundScript bound = Binder.bind(parsed.script(), Catalog.defender());
      assertThat(bound.diagnostics()).noneMatch(d -> d.code().equals(BinderDiagnostics.INTERNAL));
    }
  }

  @Test
  void columnsAtAnOffsetAreTheOperatorsInput() {
    String kql = "DeviceEvents | project FileName, FileSize | where File";
    BoundScript bound =
        Binder.bind(KqlParser.parse(SourceText.of(kql)).script(), Catalog.defender());
    assertThat(bound.columnsAt(kql.length()))
        .contains(
            List.of(
                new ColumnSchema("FileName", KqlType.STRING),
                new ColumnSchema("FileSize", KqlType.LONG)));
    assertThat(bound.columnsAt(kql.indexOf("FileName")).orElseThrow())
        .extracting(ColumnSchema::name)
        .contains("DeviceName", "ActionType");
  }
}
