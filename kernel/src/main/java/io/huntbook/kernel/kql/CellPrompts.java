package io.huntbook.kernel.kql;

import io.huntbook.kernel.OutputSink;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where sign-in prompts go in the kernel: to the {@code stderr} of the cell being run, so the
 * device-code message ("open https://microsoft.com/devicelogin and enter the code …") appears in
 * the notebook under the cell that waits for it, not in the log of a Jupyter server the hunter may
 * never see. Outside a cell the prompt goes to the kernel's own standard error.
 */
public final class CellPrompts implements Consumer<String> {
  private final PrintStream fallback;
  private volatile OutputSink current;

  public CellPrompts(PrintStream fallback) {
    this.fallback = Objects.requireNonNull(fallback);
  }

  @Override
  public void accept(String prompt) {
    OutputSink sink = current;
    if (sink == null) {
      fallback.println(prompt);
    } else {
      sink.stream(OutputSink.StreamName.STDERR, prompt.endsWith("\n") ? prompt : prompt + "\n");
    }
  }

  /** Sends prompts to {@code outputs} until the returned scope is closed (a cell's run). */
  Scope during(OutputSink outputs) {
    current = Objects.requireNonNull(outputs);
    return () -> current = null;
  }

  /** The time a cell's outputs receive the prompts. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
