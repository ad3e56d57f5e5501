package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "hunt", "run", "report", "export", "query", "check", "batch", "emulate", "connect",
        "kernel", "import"
      })
  void everyCommandAnswersHelpWithItsUsage(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: huntbook " + command);
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"test", "install", "run"})
  void nestedCommandsAnswerHelpToo(String command) {
    String parent = command.equals("test") ? "connect" : "kernel";
    CliRun run = CliRun.of(parent, command, "-h");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: huntbook " + parent + " " + command);
  }

  @Test
  void aConcurrencyBelowOneIsAUsageError() {
    CliRun run = CliRun.of("run", "no-such.ipynb", "--concurrency", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--concurrency must be at least 1, not 0");
  }
}
