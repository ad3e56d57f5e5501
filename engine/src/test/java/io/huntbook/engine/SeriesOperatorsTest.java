package io.huntbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.types.KqlType;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * make-series, top-nested and mv-apply run on DuckDB: the shape of their output (names, types,
 * order of columns) and the values Kusto gives for the same data.
 */
class SeriesOperatorsTest {
  private static LocalEngine engine;

  @BeforeAll
  static void open() throws Exception {
    engine = LocalEngine.inMemory(new Catalog(List.of()), connection -> {});
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static ResultTable run(String kql) throws Exception {
    return engine.execute(QueryRequest.of(kql));
  }

  private static List<String> cells(ResultTable result, int row) {
    return result.rows().get(row).stream().map(String::valueOf).toList();
  }

  @Test
  void makeSeriesFillsEmptyBinsWithTheDefaultAndStopsBeforeTheEnd() throws Exception {
    ResultTable result =
        run(
            "datatable(t:long, v:long)[0, 1, 2, 3, 4, 5, 6, 7]"
                + " | make-series s = sum(v) default = -1 on t from 0 to 7 step 2");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("s", "t");
    assertThat(result.columns()).extracting(c -> c.type()).containsOnly(KqlType.DYNAMIC);
    assertThat(cells(result, 0)).containsExactly("[1,3,5,7]", "[0,2,4,6]");
  }

  @Test
  void makeSeriesGivesEachGroupTheWholeDatetimeAxis() throws Exception {
    ResultTable result =
        run(
            "datatable(t:datetime, v:long, g:string)[datetime(2020-01-01), 10, 'a',"
                + " datetime(2020-01-03), 30, 'b', datetime(2020-01-09), 90, 'b']"
                + " | make-series avg(v) on t from datetime(2020-01-01) to datetime(2020-01-04)"
                + " step 1d by g | order by g asc");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("g", "avg_v", "t");
    assertThat(result.rowCount()).isEqualTo(2);
    assertThat(cells(result, 0)).element(1).isEqualTo("[10.0,0.0,0.0]");
    assertThat(cells(result, 1)).element(1).isEqualTo("[0.0,0.0,30.0]");
    assertThat(cells(result, 1))
        .element(2)
        .isEqualTo(
            "[\"2020-01-01T00:00:00.0000000Z\",\"2020-01-02T00:00:00.0000000Z\","
                + "\"2020-01-03T00:00:00.0000000Z\"]");
  }

  @Test
  void makeSeriesWithoutBoundsSpansTheBinsThatHoldData() throws Exception {
    ResultTable result = run("datatable(t:long)[3, 8, 8] | make-series c = count() on t step 2");
    assertThat(cells(result, 0)).containsExactly("[1,0,0,2]", "[2,4,6,8]");
  }

  @Test
  void makeSeriesOverAnEmptyRangeReturnsNoRows() throws Exception {
    ResultTable result = run("datatable(t:long)[1] | make-series count() on t from 1 to 1 step 1");
    assertThat(result.rowCount()).isZero();
  }

  @Test
  void topNestedRanksEachLevelWithinTheGroupsTheLevelAboveKept() throws Exception {
    ResultTable result =
        run(
            "datatable(cat:string, sub:string, v:long)['a','x',10, 'a','y',20, 'b','x',30,"
                + " 'b','z',5, 'c','x',1]"
                + " | top-nested 2 of cat by sum(v), top-nested 1 of sub by Peak = max(v)");
    assertThat(result.columns())
        .extracting(c -> c.name())
        .containsExactly("cat", "aggregated_cat", "sub", "Peak");
    assertThat(result.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactlyInAnyOrder(List.of("b", "35", "x", "30"), List.of("a", "30", "y", "20"));
  }

  @Test
  void topNestedKeepsNamesThatDifferOnlyInCaseApart() throws Exception {
    ResultTable result =
        run(
            "datatable(cat:string, sub:string, v:long)['a','x',10, 'a','y',20]"
                + " | top-nested of cat by Tot = sum(v), top-nested 1 of sub by Sub = sum(v)");
    assertThat(result.columns())
        .extracting(c -> c.name())
        .containsExactly("cat", "Tot", "sub", "Sub");
    assertThat(cells(result, 0)).containsExactly("a", "30", "y", "20");
  }

  @Test
  void mvApplyRunsTheSubqueryOncePerRow() throws Exception {
    ResultTable result =
        run(
            "datatable(id:long, m:dynamic)[1, dynamic([5, 1, 9]), 2, dynamic([7, 3])]"
                + " | mv-apply m to typeof(long) on (top 2 by m desc)");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("id", "m");
    assertThat(result.columns())
        .extracting(c -> c.type())
        .containsExactly(KqlType.LONG, KqlType.LONG);
    assertThat(result.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactly(
            List.of("1", "9"), List.of("1", "5"), List.of("2", "7"), List.of("2", "3"));
  }

  @Test
  void mvApplyKeepsTheColumnsItDidNotExpandBesideTheSubqueryOutput() throws Exception {
    ResultTable result =
        run(
            "print d = dynamic([1, 2, 3]), tag = 'x'"
                + " | mv-apply e = d to typeof(long) on (summarize total = sum(e))");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("d", "tag", "total");
    assertThat(cells(result, 0)).containsExactly("[1,2,3]", "x", "6");
  }

  @Test
  void searchMatchesWholeTermsInAnyColumnAndNamesItsSource() throws Exception {
    ResultTable result =
        run(
            "datatable(s:string, n:long)['alpha beta', 1, 'alphabet', 2, 'gamma', 42]"
                + " | search \"ALPHA\" or 42");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("$table", "s", "n");
    assertThat(result.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactlyInAnyOrder(
            List.of("search_arg0", "alpha beta", "1"), List.of("search_arg0", "gamma", "42"));
  }

  @Test
  void searchWildcardsMatchPrefixesSuffixesAndInnerText() throws Exception {
    String data = "datatable(s:string)['web01 prod', 'db02', 'preweb']";
    assertThat(run(data + " | search \"web*\"").rows()).hasSize(1);
    assertThat(run(data + " | search \"*web\"").rows()).hasSize(1);
    assertThat(run(data + " | search \"*web*\"").rows()).hasSize(2);
    assertThat(run(data + " | search \"w*1\"").rows()).hasSize(1);
    assertThat(run(data + " | search kind=case_sensitive \"WEB01\"").rows()).isEmpty();
    assertThat(run(data + " | search s:\"db02\" or not(\"prod\")").rows()).hasSize(2);
  }

  @Test
  void seriesFillFunctionsReplaceOnlyMissingValues() throws Exception {
    ResultTable result =
        run(
            "print s = dynamic([10, null, null, 40, null])"
                + " | project f = series_fill_forward(s), b = series_fill_backward(s),"
                + " l = series_fill_linear(s), e = series_fill_linear(s, real(null), false),"
                + " c = series_fill_const(s, -1), z = series_fill_forward(dynamic([1, 0, 2]), 0)");
    assertThat(cells(result, 0))
        .containsExactly(
            "[10.0,10.0,10.0,40.0,40.0]",
            "[10.0,40.0,40.0,40.0,null]",
            "[10.0,20.0,30.0,40.0,40.0]",
            "[10.0,20.0,30.0,40.0,null]",
            "[10.0,-1.0,-1.0,40.0,-1.0]",
            "[1.0,1.0,2.0]");
  }

  @Test
  void seriesStatisticsFitAndFilter() throws Exception {
    ResultTable result =
        run(
            "print s = dynamic([10, 20])"
                + " | project e = series_stats_dynamic(s), m = series_stats(s),"
                + " fit = series_fit_line(dynamic([1.0, 2.0, 4.0, 8.0])),"
                + " r = series_pearson_correlation(dynamic([1, 2, 3]), dynamic([2, 4, 6])),"
                + " sums = series_iir(dynamic([10, 30, 0]), dynamic([1]), dynamic([1, -1]))");
    assertThat(cells(result, 0).get(0))
        .contains("\"min\":10.0", "\"max_idx\":1", "\"avg\":15.0", "\"len\":2");
    assertThat((Double) result.rows().get(0).get(1)).isEqualTo(10.0);
    assertThat((Double) result.rows().get(0).get(2)).isCloseTo(0.92, offset(1e-12));
    assertThat((Double) result.rows().get(0).get(3)).isCloseTo(1.0, offset(1e-12));
    assertThat(cells(result, 0).get(4)).isEqualTo("[10.0,40.0,40.0]");
  }

  @Test
  void scanCarriesTheStepStateFromMatchToMatchAndKeepsOnlyMatchingRows() throws Exception {
    ResultTable result =
        run(
            "datatable(t:long, v:long)[1, 5, 2, 0, 3, 7, 4, 2]"
                + " | sort by t asc"
                + " | scan declare (total:long = 0, seen:long = 100)"
                + " with (step s: v != 0 => total = s.total + v;)");
    assertThat(result.columns())
        .extracting(c -> c.name())
        .containsExactly("t", "v", "total", "seen");
    assertThat(result.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactly(
            List.of("1", "5", "5", "100"),
            List.of("3", "7", "12", "100"),
            List.of("4", "2", "14", "100"));
  }

  @Test
  void topHittersKeepsTheLargestCountsOrSumsTheLatestValueWinningTies() throws Exception {
    String data = "datatable(g:string, v:long)['a',1, 'a',2, 'b',3, 'c',4, 'c',5, 'c',6]";
    ResultTable sums = run(data + " | top-hitters 2 of g by v");
    assertThat(sums.columns()).extracting(c -> c.name()).containsExactly("g", "approximate_sum_v");
    assertThat(sums.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactly(List.of("c", "15"), List.of("b", "3"));
    ResultTable counts = run(data + " | top-hitters 1 of g");
    assertThat(counts.columns())
        .extracting(c -> c.name())
        .containsExactly("g", "approximate_count_g");
    assertThat(cells(counts, 0)).containsExactly("c", "3");
  }

  @Test
  void partitionRunsTheSubqueryForEachValueOfTheColumn() throws Exception {
    ResultTable result =
        run(
            "datatable(k:string, v:long)['a',10, 'b',20, 'a',30, 'b',5]"
                + " | partition by k (top 1 by v desc | project k, best = v)");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("k", "best");
    assertThat(result.rows())
        .map(row -> row.stream().map(String::valueOf).toList())
        .containsExactly(List.of("a", "30"), List.of("b", "20"));
  }

  @Test
  void seriesFunctionsItCannotRunAreReportedNotGuessed() {
    assertThatThrownBy(
            () ->
                run(
                    "print s = dynamic([1, 2, 30, 2, 1])"
                        + " | extend (flag, score, baseline) = series_decompose_anomalies(s)"))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("series_decompose_anomalies")
        .hasMessageContaining("not supported");
  }

  @Test
  void elementWiseSeriesFunctionsPadTheShorterOperandWithNulls() throws Exception {
    ResultTable result =
        run(
            "print a = dynamic([1, 2, 3]), b = dynamic([10, 20])"
                + " | project s = series_add(a, b), m = series_multiply(a, 2),"
                + " g = series_greater(a, 1), d = series_divide(a, dynamic([2, 0, 1])),"
                + " n = series_abs(series_negate(a))");
    assertThat(cells(result, 0))
        .containsExactly(
            "[11.0,22.0,null]",
            "[2.0,4.0,6.0]",
            "[false,true,true]",
            "[0.5,null,3.0]",
            "[1.0,2.0,3.0]");
  }
}
