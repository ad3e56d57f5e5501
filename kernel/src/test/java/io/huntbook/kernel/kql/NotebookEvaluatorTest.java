package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.MimeBundle;
import io.huntbook.kernel.OutputSink;
import io.huntbook.kernel.testing.EchoBackend;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.SessionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookEvaluatorTest {
  private final EchoBackend backend = new EchoBackend();
  private final NotebookEvaluator evaluator =
      new NotebookEvaluator(new CellExecutor(BackendPool.of(backend)), SessionState.on("local"));
  private final RecordingSink sink = new RecordingSink();

  @Test
  void aSignInPromptDuringACellAppearsOnThatCellsStderr() throws InterruptedException {
    CellPrompts prompts =
        new CellPrompts(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    // A backend that, like a device-code sign-in, shows a prompt while it opens.
    NotebookEvaluator signingIn =
        new NotebookEvaluator(
            new CellExecutor(
                new BackendPool(
                    connection -> {
                      prompts.accept(
                          "To sign in, open https://microsoft.com/devicelogin and enter ABCD-1234");
                      return backend;
                    })),
            SessionState.on("local"),
            prompts);

    Evaluation evaluation = signingIn.evaluate("DeviceEvents | take 1", sink);

    assertThat(evaluation).isInstanceOf(Evaluation.Success.class);
    assertThat(sink.events)
        .singleElement()
        .asString()
        .startsWith("stderr: To sign in")
        .contains("ABCD-1234");
    // Between cells nothing is attached: a later prompt goes to the kernel's own stderr.
    prompts.accept("late");
    assertThat(sink.events).hasSize(1);
  }

  @Test
  void aQueryCellResultsInATableAsHtmlTextAndDataResource() throws InterruptedException {
    Evaluation evaluation = evaluator.evaluate("DeviceEvents\n| take 3", sink);
    assertThat(evaluation).isInstanceOf(Evaluation.Success.class);
    MimeBundle result = ((Evaluation.Success) evaluation).result().orElseThrow();
    assertThat(result.data())
        .containsKeys("text/html", "text/plain", "application/vnd.dataresource+json");
    assertThat(result.textOf("text/plain")).contains("| take 3");
    assertThat(sink.events).isEmpty();
  }

  @Test
  void magicsWriteToStdoutAndCarryOverToTheNextCell() throws InterruptedException {
    Evaluation magic = evaluator.evaluate("%timespan P7D", sink);
    assertThat(magic).isEqualTo(Evaluation.Success.empty());
    assertThat(sink.events).singleElement().asString().startsWith("stdout: connection: local");

    evaluator.evaluate("DeviceEvents | take 1", sink);
    assertThat(backend.requests().getLast().timespan()).contains("P7D");
    assertThat(evaluator.state().timespan()).contains("P7D");
  }

  @Test
  void aFailingCellIsAFailureNamedByItsCodeWithLineColumnAndCaret() throws InterruptedException {
    Evaluation evaluation = evaluator.evaluate("print 1;\nNoSuchTable | take 1", sink);
    assertThat(evaluation).isInstanceOf(Evaluation.Failure.class);
    Evaluation.Failure failure = (Evaluation.Failure) evaluation;
    assertThat(failure.errorName()).isEqualTo("KQL0100");
    assertThat(failure.errorValue()).isEqualTo("line 2:1: unknown table 'NoSuchTable'");
    assertThat(failure.traceback())
        .containsExactly(
            "line 2:1: KQL0100 unknown table 'NoSuchTable'",
            "  NoSuchTable | take 1",
            "  ^^^^^^^^^^^");
  }

  /** Keeps what a cell sent before its result. */
  private static final class RecordingSink implements OutputSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void stream(StreamName name, String text) {
      events.add(name.wireName() + ": " + text);
    }

    @Override
    public void display(MimeBundle bundle) {
      events.add("display: " + bundle.data().keySet());
    }

    @Override
    public void clearOutput(boolean wait) {
      events.add("clear");
    }
  }
}
