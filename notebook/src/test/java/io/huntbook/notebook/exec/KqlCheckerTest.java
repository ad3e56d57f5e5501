package io.huntbook.notebook.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.testing.FakeBackend;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The real KQL front end finds errors before anything is sent, placed in the cell. */
class KqlCheckerTest {
  @Test
  void unknownColumnsAndSyntaxErrorsAreCaughtBeforeSending() throws Exception {
    try (FakeBackend backend = new FakeBackend(0)) {
      CellExecutor executor =
          new CellExecutor(BackendPool.of(backend), KqlChecker.defender(), Throttle.NONE);
      SessionState state =
          executor
              .execute("let lookback = 7d;", SessionState.on("local"), "p", OptionalInt.of(1))
              .after();
      CellResult unknown =
          executor.execute(
              "%timespan P1D\nDeviceEvents\n| where Timestamp > ago(lookback)\n| where NoSuchColumn == 1",
              state, "q", OptionalInt.of(2));
      assertThat(unknown.failed()).isTrue();
      assertThat(((io.huntbook.notebook.model.Output.Error) unknown.outputs().getFirst()).evalue())
          .startsWith("line 4:9: ")
          .contains("NoSuchColumn");
      CellResult syntax =
          executor.execute("DeviceEvents\n| where (", state, "r", OptionalInt.of(3));
      assertThat(syntax.failed()).isTrue();
      assertThat(((io.huntbook.notebook.model.Output.Error) syntax.outputs().getFirst()).evalue())
          .startsWith("line 2:");
      CellResult fine =
          executor.execute(
              "DeviceEvents | where Timestamp > ago(lookback) | take 1",
              state,
              "s",
              OptionalInt.of(4));
      assertThat(fine.failed()).isFalse();
      assertThat(backend.requests()).hasSize(1);
    }
  }
}
