package io.huntbook.kql.binder;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.parser.ParseResult;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.syntax.SourceText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a hunter types, binding returns diagnostics and never throws or hits an internal bug.
 */
class BinderRobustnessProperties {
  private static final List<String> FRAGMENTS =
      List.of(
          "DeviceEvents",
          "T",
          "let",
          "x",
          "=",
          ";",
          "|",
          "where",
          "extend",
          "project",
          "summarize",
          "count()",
          "by",
          "join",
          "kind=inner",
          "(",
          ")",
          "on",
          "$left.A",
          "==",
          "$right.B",
          "union",
          "mv-expand",
          "parse",
          "with",
          "*",
          "\"a\"",
          "1",
          "1d",
          "datetime(2024-01-01)",
          ",",
          "f",
          "(x:long)",
          "{",
          "}",
          "x+1",
          "arg_max(Timestamp, *)",
          "make-series",
          "lookup",
          "datatable(a:long)[1]",
          "print",
          "toscalar",
          "materialize",
          "invoke",
          "getschema",
          "top",
          "10",
          "sort",
          "asc",
          "FileName",
          "Timestamp",
          "bin(Timestamp, 1h)",
          "d.a",
          "d[0]",
          "iff(true, 1, 2)",
          "range",
          "from",
          "to",
          "step",
          "as",
          "serialize",
          "row_number()",
          "evaluate",
          "bag_unpack(d)",
          "project-away",
          "Device*",
          "render",
          "timechart");

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.of(FRAGMENTS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 400)
  void bindingNeverThrows(@ForAll("queries") String kql) {
    ParseResult parsed = KqlParser.parse(SourceText.of(kql));
    BoundScript bound = Binder.bind(parsed.script(), Catalog.defender());
    assertThat(bound.diagnostics())
        .as(kql)
        .noneMatch(d -> d.code().equals(BinderDiagnostics.INTERNAL));
  }
}
