package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.OutputSink;
import io.huntbook.kernel.testing.EchoBackend;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import org.junit.jupiter.api.Test;

class KqlLanguageTest {
  private final NotebookEvaluator evaluator =
      new NotebookEvaluator(
          new CellExecutor(BackendPool.of(new EchoBackend()), KqlChecker.defender(), Throttle.NONE),
          SessionState.on("local"));
  private final KqlLanguage language = KqlLanguage.defender(evaluator);

  @Test
  void describesKqlForKernelInfo() {
    assertThat(language.info().name()).isEqualTo("kql");
    assertThat(language.info().mimetype()).isEqualTo("text/x-kql");
    assertThat(language.info().fileExtension()).isEqualTo(".kql");
    assertThat(language.info().implementation()).isEqualTo("huntbook");
  }

  @Test
  void letsFromEarlierCellsAreCompletedWithTheirColumns() throws InterruptedException {
    Evaluation definitions =
        language.evaluate(
            "let RecentProcesses = DeviceProcessEvents | project FileName, ProcessId;",
            OutputSink.NONE);
    assertThat(definitions).isInstanceOf(Evaluation.Success.class);

    assertThat(language.complete("RecentPro", 9).matches()).containsExactly("RecentProcesses");
    String code = "RecentProcesses | where Proc";
    assertThat(language.complete(code, code.length()).matches()).containsExactly("ProcessId");
    String inspected = "RecentProcesses | where FileName != ''";
    assertThat(
            language
                .inspect(inspected, inspected.indexOf("FileName") + 2, 0)
                .found()
                .orElseThrow()
                .textOf("text/plain"))
        .isEqualTo("FileName: column of type string");
  }
}
