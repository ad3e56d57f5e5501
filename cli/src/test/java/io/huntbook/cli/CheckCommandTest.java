package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.hunt.LdapHunt;
import io.huntbook.notebook.model.NotebookFiles;
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

  @Test
  void aNotebookIsCheckedCellByCellWithParametersCarriedAndProblemsPlacedInTheirCells()
      throws Exception {
    Path notebook = dir.resolve("hunt.ipynb");
    Files.writeString(
        notebook,
        """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
         "cells": [
          {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "# LDAP"},
          {"cell_type": "code", "id": "params", "metadata": {"tags": ["parameters"]},
           "execution_count": null, "outputs": [], "source": "let lookback = 7d;"},
          {"cell_type": "code", "id": "good", "metadata": {}, "execution_count": null,
           "outputs": [],
           "source": "DeviceEvents\\n| where Timestamp > ago(lookback)\\n| take 5"},
          {"cell_type": "code", "id": "typo", "metadata": {}, "execution_count": null,
           "outputs": [],
           "source": "%timespan P7D\\nDeviceEvents\\n| where ActionTyp == 'LdapSearch'"}
         ]}
        """);

    CliRun run = CliRun.of("check", notebook.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    // Only the misspelt cell is reported (the parameter 'lookback' binds in the cell after it),
    // at the line and column the cell shows (its magic is line 1), with the line and a caret.
    assertThat(run.out().lines().filter(l -> l.contains(": error ")))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(notebook + " [cell 3 (typo)]:3:9: error KQL")
                    .contains("did you mean 'ActionType'"));
    assertThat(run.out()).contains("| where ActionTyp == 'LdapSearch'").contains("^");
  }

  @Test
  void aNotebookWarningIsShownButDoesNotFailTheCheck() throws Exception {
    Path notebook = dir.resolve("two.ipynb");
    Files.writeString(
        notebook,
        """
        {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
         "cells": [
          {"cell_type": "code", "id": "two", "metadata": {}, "execution_count": null,
           "outputs": [], "source": "print a = 1\\n\\nprint b = 2"}
         ]}
        """);

    CliRun run = CliRun.of("check", notebook.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(notebook + " [cell 0 (two)]:3:1: warning KQL0016");
  }

  @Test
  void theShippedHuntChecksCleanAndABrokenCopyDoesNot() throws Exception {
    Path hunt = dir.resolve("ldap.ipynb");
    NotebookFiles.write(hunt, LdapHunt.notebook());
    String broken =
        Files.readString(hunt)
            .replaceFirst("parse_json\\(AdditionalFields\\)", "parse_jsn(AdditionalFields)");
    Path copy = dir.resolve("broken.ipynb");
    Files.writeString(copy, broken);

    CliRun clean = CliRun.of("check", hunt.toString());
    CliRun dirty = CliRun.of("check", copy.toString());

    assertThat(clean.out()).isEmpty();
    assertThat(clean.exitCode()).isZero();
    assertThat(broken).isNotEqualTo(Files.readString(hunt));
    assertThat(dirty.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(dirty.out()).contains("parse_jsn");
  }
}
