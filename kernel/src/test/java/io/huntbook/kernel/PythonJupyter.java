package io.huntbook.kernel;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Jupyter's Python clients ({@code /usr/bin/python3} with the Debian packages) against a
 * kernelspec installed into a temporary prefix. Fails, never skips, when they are missing.
 */
final class PythonJupyter {
  static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String INSTALL_HINT =
      "the Jupyter client tests need /usr/bin/python3 with the Debian packages"
          + " python3-jupyter-client, python3-jupyter-kernel-test, python3-nbclient and"
          + " python3-nbformat: run .ci/run (or apt-get install them)";

  private final Path directory;
  private final Path prefix;

  /** What a Python run printed (stdout and stderr together) and its exit code. */
  record Run(int exitCode, String output) {}

  private PythonJupyter(Path directory) {
    this.directory = directory;
    this.prefix = directory.resolve("prefix");
  }

  /** Checks Python and the Jupyter packages, and installs the kernelspec with this launch. */
  static PythonJupyter install(Path directory, KernelSpecInstaller.Launch launch)
      throws IOException, InterruptedException {
    requirePackages();
    PythonJupyter jupyter = new PythonJupyter(directory);
    new KernelSpecInstaller(Map.of())
        .install(new KernelSpecInstaller.Target.Prefix(jupyter.prefix), launch);
    return jupyter;
  }

  /** Runs a script from {@code src/test/resources/jupyter} with these arguments. */
  Run run(String module, List<String> arguments, int timeoutMinutes)
      throws IOException, InterruptedException {
    Path scripts;
    try {
      scripts = Path.of(getClass().getResource("/jupyter/" + module + ".py").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-m"));
    command.add(module);
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(scripts.toFile()).redirectErrorStream(true);
    builder.environment().put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
    builder.environment().put("JUPYTER_RUNTIME_DIR", directory.resolve("runtime").toString());
    builder.environment().put("JUPYTER_DATA_DIR", directory.resolve("data").toString());
    builder.environment().put("JUPYTER_PLATFORM_DIRS", "1");
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = builder.start();
    // Read while it runs, so a full pipe cannot stall the child.
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(module + " did not finish in " + timeoutMinutes + " minutes");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    System.out.println(text);
    return new Run(process.exitValue(), text);
  }

  private static void requirePackages() throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      fail(PYTHON + " is missing; " + INSTALL_HINT);
    }
    Process probe =
        new ProcessBuilder(
                PYTHON.toString(),
                "-c",
                "import jupyter_client, jupyter_kernel_test, jsonschema, nbclient, nbformat")
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (probe.waitFor() != 0) {
      fail(INSTALL_HINT + "\n" + output);
    }
  }
}
