package io.huntbook.tenant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.tenant.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported workspace queried with KQL through the local engine, extra columns included. */
class WorkspaceKqlTest {
  @TempDir Path temp;

  @Test
  void importedRowsAndUnknownColumnsAreQueryable() throws Exception {
    Path file = temp.resolve("export.json");
    Files.writeString(
        file,
        "{\"time\":\"2026-11-19T08:00:00Z\",\"category\":\"AdvancedHunting-DeviceEvents\",\"properties\":"
            + "{\"Timestamp\":\"2026-11-19T08:00:00Z\",\"ActionType\":\"LdapSearch\",\"ReportId\":42,"
            + "\"AdditionalFields\":\"{\\\"SearchFilter\\\":\\\"(adminCount=1)\\\"}\",\"MachineGroup\":\"Tier 1\","
            + "\"Labels\":[\"a\",\"b\"]}}\n");
    Path workspace = temp.resolve("ws");
    assertThat(
            Importer.importFiles(workspace, List.of(file), ImportOptions.defaults()).isComplete())
        .isTrue();
    try (LocalEngine engine = Workspace.engine(workspace)) {
      ResultTable result =
          engine.execute(
              QueryRequest.of(
                  "DeviceEvents | where Timestamp > ago(1d)"
                      + " | extend SearchFilter = tostring(parse_json(AdditionalFields).SearchFilter)"
                      + " | project ReportId, SearchFilter, MachineGroup, Second = tostring(Labels[1])"));
      assertThat(result.rows()).containsExactly(List.of(42L, "(adminCount=1)", "Tier 1", "b"));
    }
  }
}
