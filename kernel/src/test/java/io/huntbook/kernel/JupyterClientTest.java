package io.huntbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel driven by Jupyter's own Python clients: jupyter_kernel_test's protocol suite ({@code
 * src/test/resources/jupyter/test_kql_kernel.py}) against the kernel with its KQL front end and
 * cell executor over an {@link io.huntbook.kernel.testing.EchoBackend}, so no engine start-up
 * weighs on the suite's 15-second timeouts.
 */
class JupyterClientTest {
  /** The features the kernel does not claim, so jupyter_kernel_test skips them. */
  private static final Set<String> UNCLAIMED =
      Set.of(
          "test_execute_stdout", // KQL has no statement that prints "hello, world" to stdout
          "test_pager",
          "test_clear_output",
          "test_display_data"); // a cell's table is its execute_result

  private static final Pattern RESULT_LINE =
      Pattern.compile("^(test_\\w+) \\(.*\\)(?:\\s.*)? \\.\\.\\. (ok|skipped.*|FAIL|ERROR)$");

  @TempDir Path directory;

  @Test
  void jupyterKernelTestSuitePasses() throws IOException, InterruptedException {
    KernelSpecInstaller.Launch.Java current = KernelSpecInstaller.Launch.Java.current();
    PythonJupyter jupyter =
        PythonJupyter.install(
            directory,
            new KernelSpecInstaller.Launch.Java(
                current.java(), current.classPath(), "io.huntbook.kernel.testing.EchoKernelMain"));
    PythonJupyter.Run run = jupyter.run("test_kql_kernel", List.of("-v"), 5);
    String output = run.output();

    Set<String> passed = new TreeSet<>();
    Set<String> skipped = new TreeSet<>();
    Set<String> failed = new TreeSet<>();
    for (String line : output.split("\n")) {
      Matcher matcher = RESULT_LINE.matcher(line.strip());
      if (matcher.matches()) {
        String outcome = matcher.group(2);
        (outcome.equals("ok") ? passed : outcome.startsWith("skipped") ? skipped : failed)
            .add(matcher.group(1));
      }
    }
    assertThat(failed).as("failed Jupyter client tests; output:\n%s", output).isEmpty();
    assertThat(run.exitCode()).as("unittest exit code; output:\n%s", output).isZero();
    assertThat(skipped).as("only unclaimed features may be skipped").isEqualTo(UNCLAIMED);
    assertThat(passed)
        .contains(
            "test_kernel_info",
            "test_completion",
            "test_is_complete",
            "test_execute_result",
            "test_execute_stderr",
            "test_history",
            "test_inspect",
            "test_error",
            "test_error_names_the_diagnostic_with_a_caret",
            "test_interrupt_cancels_the_running_query");
    Matcher startup = Pattern.compile("KERNEL_INFO_SECONDS=([0-9.]+)").matcher(output);
    assertThat(startup.find()).as("the suite reports the kernel's start-up time").isTrue();
    System.out.println("kernel start -> kernel_info_reply: " + startup.group(1) + " s");
  }
}
