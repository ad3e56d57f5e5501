package io.huntbook.notebook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Validates a notebook file against the nbformat v4 JSON schema with Jupyter's own validator
 * (Debian package python3-nbformat). Missing validator is a failure, never a skip.
 */
public final class Nbformat {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private Nbformat() {}

  public static void assertValid(Path notebook) throws IOException, InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      fail(
          "nbformat validation needs /usr/bin/python3 with python3-nbformat (apt-get install -y python3-nbformat)");
    }
    Process process =
        new ProcessBuilder(
                PYTHON.toString(),
                "-c",
                "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4)); print('valid')",
                notebook.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("validator finished").isTrue();
    if (output.contains("No module named")) {
      fail("python3-nbformat is not installed (apt-get install -y python3-nbformat): " + output);
    }
    assertThat(process.exitValue()).as("nbformat validation of %s:%n%s", notebook, output).isZero();
    assertThat(output).contains("valid");
  }
}
