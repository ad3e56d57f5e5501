package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken query yields exactly the expected diagnostics: code, position and message. */
class SyntaxErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "->",
      quoteCharacter = '`',
      textBlock =
          """
          T # where x -> 1:3 KQL0001 unexpected character '#'
          print "abc -> 1:7 KQL0002 unterminated string literal
          print "a\\qb" -> 1:9 KQL0003 invalid escape sequence '\\q' in string
          T ; where x -> 1:11 KQL0004 unexpected 'x'
          T | where f(1 -> 1:12 KQL0017 '(' is never closed: expected ')' before the end
          T | where a == -> 1:15 KQL0006 expected an expression but found end of query
          T | project-rename = b -> 1:20 KQL0007 expected a name but found '='
          print datetime(2024-13-01) -> 1:7 KQL0008 invalid datetime literal '2024-13-01'
          print 99999999999999999999 -> 1:7 KQL0009 number '99999999999999999999' is out of range for long
          T | wher x -> 1:5 KQL0010 unknown query operator 'wher'; did you mean 'where'?
          T | summarise count() -> 1:5 KQL0010 unknown query operator 'summarise'; did you mean 'summarize'?
          T | frobnicate -> 1:5 KQL0010 unknown query operator 'frobnicate'
          T | where x = 1 -> 1:13 KQL0004 unexpected '=': to compare values use '=='
          T where x -> 1:3 KQL0004 unexpected 'where': is a '|' missing before 'where'?
          T | project a b -> 1:15 KQL0004 unexpected 'b': is a ',' missing before it?
          T | summarize count() by a b -> 1:28 KQL0004 unexpected 'b': is a ',' missing before it?
          T | where a b -> 1:13 KQL0004 unexpected 'b'
          print (1 -> 1:7 KQL0017 '(' is never closed: expected ')' before the end
          T | join (U) on a < b -> 1:17 KQL0011 a join condition must be a column name or '$left.Column == $right.Column'
          print dynamic([1, }]) -> 1:19 KQL0012 invalid dynamic literal: expected a value but found '}'
          datatable(a:lng)[1] -> 1:13 KQL0013 unknown type 'lng'
          T | 5 -> 1:5 KQL0014 expected a query operator after '|' but found '5'
          T | sort x -> 1:10 KQL0015 expected 'by' after 'sort' but found 'x'
          """)
  void reportsOneDiagnostic(String query, String expected) {
    ParseResult result = KqlParser.parse(SourceText.of(query.strip()));
    assertThat(result.diagnostics())
        .extracting(d -> describe(d, result.source()))
        .containsExactly(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "->",
      quoteCharacter = '`',
      textBlock =
          """
          T | where a == | project b, -> 1:16 KQL0006; 1:28 KQL0006
          T | where (a | extend x = ; U | take -> 1:27 KQL0006; 1:37 KQL0006
          T | foo | bar x | count -> 1:5 KQL0010; 1:11 KQL0010
          let x = ; let y = (1 ; print -> 1:9 KQL0006; 1:22 KQL0005
          """)
  void reportsEveryErrorOfAQuery(String query, String expected) {
    ParseResult result = KqlParser.parse(SourceText.of(query.strip()));
    List<String> actual =
        result.diagnostics().stream()
            .map(d -> position(d, result.source()) + " " + d.code())
            .toList();
    assertThat(String.join("; ", actual)).isEqualTo(expected.strip());
  }

  @org.junit.jupiter.api.Test
  void windowsLineBreaksKeepLinesAndColumns() {
    ParseResult result = KqlParser.parse("T\r\n| where a == 'open\r\n| take 1\r\n| wher x");
    assertThat(result.diagnostics())
        .extracting(d -> describe(d, result.source()))
        .containsExactly(
            "2:14 KQL0002 unterminated string literal",
            "4:3 KQL0010 unknown query operator 'wher'; did you mean 'where'?");
  }

  private static String position(Diagnostic diagnostic, SourceText source) {
    int offset = diagnostic.span().start();
    return source.line(offset) + ":" + source.column(offset);
  }

  private static String describe(Diagnostic diagnostic, SourceText source) {
    return position(diagnostic, source) + " " + diagnostic.code() + " " + diagnostic.message();
  }
}
