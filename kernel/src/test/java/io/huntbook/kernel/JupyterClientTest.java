package io.huntbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel driven by Jupyter's own Python clients: jupyter_kernel_test's protocol suite ({@code
 * src/test/resources/jupyter/test_kql_kernel.py}) run with {@code /usr/bin/python3} against a
 * kernelspec installed into a temporary prefix. Fails, never skips, when Python or the Jupyter
 * packages are missing.
 */
class JupyterClientTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String INSTALL_HINT =
      "the Jupyter client tests need /usr/bin/python3 with the Debian packages"
          + " python3-jupyter-client and python3-jupyter-kernel-test: run .ci/run (or apt-get"
          + " install them)";

  /** The features the kernel does not claim, so jupyter_kernel_test skips them. */
  private static final Set<String> UNCLAIMED =
      Set.of(
          "test_execute_stdout", // KQL has no statement that prints "hello, world" to stdout
          "test_execute_stderr",
          "test_pager",
          "test_clear_output",
          "test_display_data"); // a cell's table is its execute_result

  private static final Pattern RESULT_LINE =
      Pattern.compile("^(test_\\w+) \\(.*\\)(?:\\s.*)? \\.\\.\\. (ok|skipped.*|FAIL|ERROR)$");

  @TempDir Path directory;

  @Test
  void jupyterKernelTestSuitePasses() throws IOException, InterruptedException, URISyntaxException {
    requirePythonJupyter();
    Path prefix = directory.resolve("prefix");
    KernelSpecInstaller.Launch.Java current = KernelSpecInstaller.Launch.Java.current();
    new KernelSpecInstaller(Map.of())
        .install(
            new KernelSpecInstaller.Target.Prefix(prefix),
            new KernelSpecInstaller.Launch.Java(
                current.java(), current.classPath(), "io.huntbook.kernel.testing.EchoKernelMain"));
    Path script =
        Path.of(getClass().getResource("/jupyter/test_kql_kernel.py").toURI()).getParent();

    ProcessBuilder builder =
        new ProcessBuilder(PYTHON.toString(), "-m", "unittest", "-v", "test_kql_kernel")
            .directory(script.toFile())
            .redirectErrorStream(true);
    builder.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
    builder.environment().put("JUPYTER_RUNTIME_DIR", directory.resolve("runtime").toString());
    builder.environment().put("JUPYTER_PLATFORM_DIRS", "1");
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the Jupyter client tests did not finish in 5 minutes:\n" + output);
    }
    System.out.println(output);

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
    assertThat(process.exitValue()).as("unittest exit code; output:\n%s", output).isZero();
    assertThat(skipped).as("only unclaimed features may be skipped").isEqualTo(UNCLAIMED);
    assertThat(passed)
        .contains(
            "test_kernel_info",
            "test_completion",
            "test_is_complete",
            "test_execute_result",
            "test_history",
            "test_inspect",
            "test_error",
            "test_error_names_the_diagnostic_with_a_caret");
    Matcher startup = Pattern.compile("KERNEL_INFO_SECONDS=([0-9.]+)").matcher(output);
    assertThat(startup.find()).as("the suite reports the kernel's start-up time").isTrue();
    System.out.println("kernel start -> kernel_info_reply: " + startup.group(1) + " s");
  }

  private static void requirePythonJupyter() throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      fail(PYTHON + " is missing; " + INSTALL_HINT);
    }
    Process probe =
        new ProcessBuilder(
                PYTHON.toString(), "-c", "import jupyter_client, jupyter_kernel_test, jsonschema")
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (probe.waitFor() != 0) {
      fail(INSTALL_HINT + "\n" + output);
    }
  }
}
