package io.huntbook.notebook.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellSourceTest {
  @Test
  void magicsAtTheTopAreReadAndBlankedKeepingLines() {
    CellSource cell = CellSource.parse("%connect GRAPH\n%timespan P7D\nDeviceEvents\n| take 1");
    assertThat(cell.magics())
        .containsExactly(new Magic.Connect("graph"), new Magic.Timespan(Optional.of("P7D")));
    assertThat(cell.kql()).isEqualTo("\n\nDeviceEvents\n| take 1");
    assertThat(cell.problems()).isEmpty();
    assertThat(cell.hasKql()).isTrue();
  }

  @Test
  void percentLinesAfterTheQueryAreKql() {
    CellSource cell = CellSource.parse("T\n| where a % 2 == 0\n%connect local");
    assertThat(cell.magics()).isEmpty();
  }

  @Test
  void badMagicsAreProblemsWithPlace() {
    CellSource cell = CellSource.parse("%connect nowhere\n  %frobnicate\n%timespan yesterday\nT");
    assertThat(cell.problems())
        .extracting(CellProblem::located)
        .containsExactly(
            "line 1:1: %connect takes one of graph, local, m365d, mde",
            "line 2:3: unknown magic %frobnicate (known: %connect, %timespan)",
            "line 3:1: %timespan takes an ISO 8601 duration or range such as P7D,"
                + " 2024-02-01T08:00:00Z/P30D, or none");
  }

  @Test
  void timespanFormsFollowGraph() {
    assertThat(CellSource.isTimespan("P30D")).isTrue();
    assertThat(CellSource.isTimespan("2024-02-01T08:00:00Z/2024-02-15T08:00:00Z")).isTrue();
    assertThat(CellSource.isTimespan("P30D/2024-02-15T08:00:00Z")).isTrue();
    assertThat(CellSource.isTimespan("2024-02-01T08:00:00Z/P30D")).isTrue();
    assertThat(CellSource.isTimespan("2024-02-01T08:00:00Z")).isTrue();
    assertThat(CellSource.isTimespan("P1D/P2D")).isFalse();
    assertThat(CellSource.isTimespan("7d")).isFalse();
  }
}
