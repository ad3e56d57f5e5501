package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lexer and parser never throw, always terminate, and keep every diagnostic span inside the
 * text, whatever the input: random characters, and random sequences of KQL fragments (which reach
 * far deeper into the grammar than random characters do).
 */
class NeverThrowsPropertyTest {
  private static final String[] FRAGMENTS = {
    "T",
    "| where",
    "| project",
    "| extend",
    "| summarize",
    " by ",
    "| join",
    " on ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    "=",
    "==",
    "!",
    "~",
    "in",
    "!in~",
    "has_any",
    "between",
    "..",
    "let",
    "x",
    "=",
    "1",
    "1.5",
    "2h",
    "'s",
    "\"q\"",
    "@'v'",
    "```",
    "dynamic(",
    "datetime(",
    "2024-01-01",
    "$left.",
    "$right",
    ".",
    "*",
    "-",
    "+",
    "/",
    "%",
    "and",
    "or",
    "not(",
    "print",
    "range",
    "from",
    "to",
    "step",
    "datatable(",
    "a:long",
    "union",
    "mv-expand",
    "parse",
    "with",
    "kind=",
    "hint.x=",
    "(a:long) {",
    "view",
    "set",
    "declare",
    "// c\n",
    "\n\n",
    "#",
    "\\",
    "asc",
    "nulls",
    "first",
    "top",
    "sort",
    "make-series",
    "externaldata(",
    "toscalar(",
    "x=",
  };

  @Property(tries = 2000)
  void randomTextNeverBreaksTheParser(@ForAll("text") String text) {
    assertParsesSafely(text);
  }

  @Property(tries = 3000)
  void randomFragmentsNeverBreakTheParser(@ForAll("fragments") List<String> fragments) {
    assertParsesSafely(String.join(" ", fragments));
  }

  @Property(tries = 20)
  void deepNestingIsReportedNotOverflowed(
      @ForAll("nestingOpeners") String opener, @ForAll("depths") int depth) {
    String text = "print " + opener.repeat(depth) + "1";
    ParseResult result = KqlParser.parse(text);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains(io.huntbook.kql.diagnostics.DiagnosticCatalog.NESTED_TOO_DEEPLY);
  }

  @Provide
  Arbitrary<String> nestingOpeners() {
    return Arbitraries.of("(", "-", "f(", "a[", "dynamic([", "toscalar(T | where ");
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.integers().between(300, 50_000);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("|;,()[]{}=!~<>.:'\"@`$*+-/%#\\ \n\tabcdhimsxyz_0123456789")
        .withCharRange('\u0000', '\uffff')
        .ofMaxLength(80);
  }

  @Provide
  Arbitrary<List<String>> fragments() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30);
  }

  private static void assertParsesSafely(String text) {
    SourceText source = SourceText.of(text);
    List<Diagnostic> lexerDiagnostics = new ArrayList<>();
    List<Token> tokens = Lexer.tokenize(source, lexerDiagnostics);
    assertThat(tokens.getLast().kind()).isEqualTo(TokenKind.END);

    ParseResult result = KqlParser.parse(source);
    assertThat(result.script()).isNotNull();
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(diagnostic.span().end()).isLessThanOrEqualTo(text.length());
    }
    // Whatever parsed cleanly prints back to text that parses cleanly too.
    if (!result.hasErrors()) {
      String printed = KqlPrinter.print(result.script(), source);
      assertThat(KqlParser.parse(printed).hasErrors()).as(printed).isFalse();
    }
  }
}
