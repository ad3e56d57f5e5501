package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void misspeltColumnIsReportedAtItsLineAndColumnWithTheRightSuggestion() throws Exception {
    Path file = dir.resolve("hunt.kql");
    Files.writeString(
        file,
        """
        // LDAP searches
        DeviceEvents
        | where ActionTyp == "LdapSearch"
        | take 5
        """);

    CliRun run = CliRun.of("check", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).startsWith(file + ":3:9: error KQL");
    assertThat(run.out()).contains("ActionTyp").contains("did you mean 'ActionType'");
    // The source line and a caret under the name follow the message.
    assertThat(run.out()).contains("| where ActionTyp == \"LdapSearch\"");
    assertThat(run.out().lines().filter(l -> l.strip().startsWith("^")).findFirst())
        .hasValueSatisfying(caret -> assertThat(caret.indexOf('^')).isGreaterThan(0));
  }

  @Test
  void cleanFilesPassAndParseOnlySkipsBinding() throws Exception {
    Path good = dir.resolve("good.kql");
    Files.writeString(good, "DeviceEvents | where ActionType == 'LdapSearch' | take 5");
    Path unknownTable = dir.resolve("unknown.kql");
    Files.writeString(unknownTable, "NoSuchTable | take 5");

    assertThat(CliRun.of("check", good.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", unknownTable.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.of("check", "--parse-only", unknownTable.toString()).exitCode()).isZero();
  }

  @Test
  void everySyntaxErrorOfAFileIsReported() throws Exception {
    Path file = dir.resolve("broken.kql");
    Files.writeString(file, "DeviceEvents\n| where (ActionType == \n| project , DeviceName");

    CliRun run = CliRun.of("check", "--parse-only", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out().lines().filter(l -> l.contains(": error KQL")).count())
        .isGreaterThanOrEqualTo(2);
  }
}
