package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse, print, parse again: the two trees are equal once spans are ignored. */
class RoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T | where a - (b - c) > 1 and not(x) or y has_cs 'q'",
        "T | where a in~ ('x', \"y\") and b !between (1 .. 10) and c matches regex @'\\d+'",
        "print x = -9223372036854775808, y = long(-5), z = real(-inf), n = int(null), t = 1.5h",
        "print datetime(2024-01-01 10:00:00.1234567), time(1.02:03:04), guid(null), decimal(1.50)",
        "print dynamic({'a': [1, -2.5, null, true, 'x\\n'], \"b\": {}}), ['by'] = 1, d.['x y'][0]",
        "let f = (a:long, b:string = 'x', T:(c:string, *)) { T | extend a, b }; f(1)",
        "T | summarize hint.shufflekey=k (m, n) = arg_max(t, *), count() by bin(t, 1h) | top 5 by m"
            + " asc nulls first | sort by n desc, k | distinct *",
        "T | join kind=leftouter hint.strategy=broadcast (U | where x) on a, $left.b == $right.c"
            + " | lookup U on k | union withsource=S isfuzzy=true A*, (B | take 1)",
        "T | mv-expand with_itemindex=i x = d to typeof(long), e limit 5 | parse kind=regex flags=U"
            + " s with * \"a\" c:long \"b\" d | parse-kv s as (k:string) with (pair_delimiter=',')",
        "T | render timechart with (title = 'x', ysplit = panels) | serialize r = row_number()"
            + " | as hint.materialized=true M | invoke f(1) | evaluate bag_unpack(d) | sample 3",
        "datatable(a:long, b:string) [1, 'x', -2, 'y'] | project-away a* | project-rename c = b",
        "range x from 1 to 10 step 2 | project-reorder x desc | project-keep x | getschema | count",
        "union (T | take 1), U | make-series c = count() on t step 1d | where x",
      })
  void smallQueriesRoundTrip(String query) {
    assertRoundTrip(SourceText.of(query));
  }

  @Test
  @Timeout(120)
  void corpusAndConformanceQueriesRoundTrip() throws IOException {
    List<SourceText> sources = new ArrayList<>();
    try (Stream<Path> files =
        Files.list(SharedFiles.shared().resolve("corpus/m365d-hunting-queries"))) {
      for (Path file : files.sorted().toList()) {
        sources.add(new SourceText(file.getFileName().toString(), Files.readString(file)));
      }
    }
    for (SharedFiles.ConformanceCase conformance : SharedFiles.conformanceCases()) {
      sources.add(new SourceText(conformance.id(), conformance.kql()));
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (SourceText source : sources) {
      ParseResult first = KqlParser.parse(source);
      if (first.hasErrors()) {
        continue;
      }
      checked++;
      String printed = KqlPrinter.print(first.script(), source);
      ParseResult second = KqlParser.parse(new SourceText(source.name(), printed));
      if (second.hasErrors()
          || !TreeDump.dump(second.script()).equals(TreeDump.dump(first.script()))) {
        failures.add(source.name() + "\n" + printed);
      }
    }
    System.out.println("round trip: " + checked + " checked, " + failures.size() + " differ");
    failures.stream().limit(10).forEach(System.out::println);
    assertThat(checked).isGreaterThan(1300);
    assertThat(failures).isEmpty();
  }

  private static void assertRoundTrip(SourceText source) {
    ParseResult first = KqlParser.parse(source);
    assertThat(first.diagnostics()).isEmpty();
    String printed = KqlPrinter.print(first.script(), source);
    ParseResult second = KqlParser.parse(SourceText.of(printed));
    assertThat(second.diagnostics()).as(printed).isEmpty();
    assertThat(TreeDump.dump(second.script())).as(printed).isEqualTo(TreeDump.dump(first.script()));
  }
}
