package io.huntbook.tenant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.types.KqlType;
import io.huntbook.tenant.workspace.Workspace;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  @TempDir Path temp;

  private static final String DEVICE_EVENT =
      "{\"time\":\"2026-11-19T08:00:00.1234567Z\",\"tenantId\":\"t1\",\"category\":\"AdvancedHunting-DeviceEvents\","
          + "\"properties\":{\"Timestamp\":\"2026-11-19T08:00:00.1234567Z\",\"DeviceId\":\"d1\",\"DeviceName\":\"ws-1.contoso.local\","
          + "\"ActionType\":\"LdapSearch\",\"ReportId\":42,\"InitiatingProcessFileName\":\"powershell.exe\","
          + "\"AdditionalFields\":{\"SearchFilter\":\"(adminCount=1)\",\"ScopeOfSearch\":\"SubTree\"},\"RemotePort\":389,"
          + "\"MachineGroup\":\"Tier 1\"}}";
  private static final String IDENTITY_QUERY =
      "{\"time\":\"2026-11-19T09:30:00Z\",\"tenantId\":\"t1\",\"category\":\"AdvancedHunting-IdentityQueryEvents\","
          + "\"properties\":{\"ActionType\":\"LDAP query\",\"Query\":\"Search Scope: WholeSubtree, Base Object:DC=contoso,DC=local, Search Filter: (adminCount=1)\","
          + "\"ReportId\":\"r-1\",\"Port\":\"50123\",\"AdditionalFields\":{\"SearchFilter\":\"(adminCount=1)\"}}}";

  private List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Workspace.jdbcUrl(temp.resolve("ws")));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private Path write(String name, String content) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private ImportSummary run(Path... files) throws Exception {
    return Importer.importFiles(temp.resolve("ws"), List.of(files), ImportOptions.defaults());
  }

  @Test
  void streamingLinesAreTypedByTheSchemaAndSetTheCaptureTime() throws Exception {
    ImportSummary summary = run(write("export.json", DEVICE_EVENT + "\n" + IDENTITY_QUERY + "\n"));
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.rowsPerTable())
        .containsEntry("DeviceEvents", 1L)
        .containsEntry("IdentityQueryEvents", 1L);
    assertThat(summary.captureTime()).contains(Instant.parse("2026-11-19T09:30:00Z"));
    assertThat(
            query(
                "SELECT Timestamp::VARCHAR || '|' || ReportId || '|' || RemotePort || '|' || AdditionalFields || '|' || typeof(AdditionalFields) FROM DeviceEvents"))
        .containsExactly(
            "2026-11-19 08:00:00.123456|42|389|{\"SearchFilter\":\"(adminCount=1)\",\"ScopeOfSearch\":\"SubTree\"}|VARCHAR");
    assertThat(
            query(
                "SELECT Timestamp::VARCHAR || '|' || Port || '|' || (AdditionalFields->>'SearchFilter') || '|' || typeof(AdditionalFields) || '|' || DeviceName FROM IdentityQueryEvents"))
        .containsExactly("2026-11-19 09:30:00|50123|(adminCount=1)|JSON|");
    assertThat(query("SELECT value FROM _huntbook_meta WHERE key = 'capture_time'"))
        .containsExactly("2026-11-19T09:30:00Z");
  }

  @Test
  void unknownColumnsAreKeptAsStringsOrDynamic() throws Exception {
    String withObject =
        DEVICE_EVENT.replace(
            "\"MachineGroup\":\"Tier 1\"", "\"MachineGroup\":\"Tier 1\",\"Extra\":{\"a\":1}");
    ImportSummary summary = run(write("export.json", DEVICE_EVENT + "\n" + withObject + "\n"));
    assertThat(summary.isComplete()).isTrue();
    assertThat(
            query(
                "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = 'DeviceEvents' AND column_name IN ('MachineGroup', 'Extra') ORDER BY 1"))
        .containsExactly("Extra JSON", "MachineGroup VARCHAR");
    assertThat(
            query(
                "SELECT coalesce(Extra::VARCHAR, 'null') || '|' || MachineGroup FROM DeviceEvents ORDER BY 1"))
        .containsExactly("null|Tier 1", "{\"a\":1}|Tier 1");
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      var table = workspace.catalog().table("DeviceEvents").orElseThrow();
      assertThat(table.column("Extra").orElseThrow().type()).isEqualTo(KqlType.DYNAMIC);
      assertThat(table.column("MachineGroup").orElseThrow().type()).isEqualTo(KqlType.STRING);
      assertThat(table.column("ReportId").orElseThrow().type()).isEqualTo(KqlType.LONG);
    }
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndSkipped() throws Exception {
    Path file =
        write(
            "export.json",
            DEVICE_EVENT
                + "\n{\"category\": \"AdvancedHunting-DeviceEvents\", broken\n"
                + "\n"
                + DEVICE_EVENT.replace(
                    "2026-11-19T08:00:00.1234567Z\",\"DeviceId", "yesterday\",\"DeviceId")
                + "\n{\"category\":\"SignInLogs\",\"properties\":{}}\n"
                + IDENTITY_QUERY
                + "\n");
    ImportSummary summary = run(file);
    assertThat(summary.rowsPerTable())
        .containsEntry("DeviceEvents", 1L)
        .containsEntry("IdentityQueryEvents", 1L);
    assertThat(summary.linesSkipped()).isEqualTo(3);
    assertThat(summary.isComplete()).isFalse();
    assertThat(summary.problems()).extracting(ImportProblem::line).containsExactly(2L, 4L, 5L);
    assertThat(summary.problems().get(0).toString()).startsWith(file + ":2: malformed JSON");
    assertThat(summary.problems().get(1).message())
        .isEqualTo("Timestamp: not a datetime: \"yesterday\"");
    assertThat(summary.problems().get(2).message()).contains("is not AdvancedHunting-<Table>");
  }

  @Test
  void gzipIsDetectedByItsMagicBytes() throws Exception {
    Path file = temp.resolve("export.data");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((DEVICE_EVENT + "\n" + IDENTITY_QUERY + "\n").getBytes(StandardCharsets.UTF_8));
    }
    ImportSummary summary = run(file);
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.totalRows()).isEqualTo(2);
  }

  @Test
  void eventHubsEnvelopesOnALineOrPrettyPrinted() throws Exception {
    Path lines =
        write(
            "hub.json",
            "{\"records\":["
                + DEVICE_EVENT
                + ","
                + IDENTITY_QUERY
                + "]}\n{\"records\":["
                + DEVICE_EVENT
                + "]}\n");
    Path pretty =
        write(
            "hub-pretty.json",
            "{\n  \"records\": [\n    " + DEVICE_EVENT + ",\n    " + IDENTITY_QUERY + "\n  ]\n}\n");
    ImportSummary summary = run(lines, pretty);
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.rowsPerTable())
        .containsEntry("DeviceEvents", 3L)
        .containsEntry("IdentityQueryEvents", 2L);
  }

  @Test
  void huntingResponsesTakeTheTableFromTheFileNameOrTheOption() throws Exception {
    String defender =
        "{\"Stats\":{\"ExecutionTime\":0.5},\"Schema\":[{\"Name\":\"Timestamp\",\"Type\":\"DateTime\"},{\"Name\":\"FileName\",\"Type\":\"String\"},{\"Name\":\"ReportId\",\"Type\":\"Int64\"}],"
            + "\"Results\":[{\"Timestamp\":\"2026-11-18T10:00:00.0000001Z\",\"FileName\":\"net.exe\",\"ReportId\":7},"
            + "{\"Timestamp\":\"2026-11-18T10:00:01Z\",\"FileName\":\"net1.exe\",\"ReportId\":8}]}";
    String graph =
        "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.huntingQueryResults\",\n"
            + "\"schema\":[{\"name\":\"Timestamp\",\"type\":\"DateTime\"}],\n\"results\":[\n{\"Timestamp\":\"2026-11-18T11:00:00Z\",\"AccountName\":\"anne.lee\"}\n]}";
    ImportSummary first = run(write("DeviceProcessEvents-2026-11-18.json", defender));
    assertThat(first.isComplete()).isTrue();
    assertThat(first.rowsPerTable()).containsEntry("DeviceProcessEvents", 2L);
    ImportSummary second =
        Importer.importFiles(
            temp.resolve("ws"),
            List.of(write("graph-answer.json", graph)),
            ImportOptions.defaults().withTable("IdentityLogonEvents"));
    assertThat(second.rowsPerTable()).containsEntry("IdentityLogonEvents", 1L);
    assertThat(second.captureTime()).contains(Instant.parse("2026-11-18T11:00:00Z"));
    ImportSummary unnamed = run(write("answer.json", graph));
    assertThat(unnamed.isComplete()).isFalse();
    assertThat(unnamed.problems().get(0).message()).startsWith("cannot tell which table");
  }

  @Test
  void aBrokenDocumentKeepsTheRowsBeforeTheBreak() throws Exception {
    String broken =
        "{\"Schema\":[],\n\"Results\":[\n{\"Timestamp\":\"2026-11-18T10:00:00Z\",\"FileName\":\"a.exe\"},\n{\"Timestamp\": oops}\n]}";
    ImportSummary summary = run(write("DeviceProcessEvents.json", broken));
    assertThat(summary.rowsPerTable()).containsEntry("DeviceProcessEvents", 1L);
    assertThat(summary.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(4));
  }

  @Test
  void portalCsvWithQuotesLineBreaksAndUsDates() throws Exception {
    String csv =
        "\uFEFFTimestamp,DeviceName,ActionType,InitiatingProcessCommandLine,AdditionalFields,ReportId,RemotePort,Comment\r\n"
            + "2026-11-18T09:14:05.8500000Z,ws-1042.contoso.local,LdapSearch,\"powershell.exe -c \"\"([adsisearcher]'(adminCount=1)').FindAll()\"\"\",\"{\"\"SearchFilter\"\":\"\"(adminCount=1)\"\"}\",11,389,\"two\nlines\"\r\n"
            + "\"11/18/2026, 9:20:00 AM\",ws-1042.contoso.local,LdapSearch,,,12,,plain\r\n"
            + "2026-11-18T09:25:00Z,ws-1042.contoso.local,too,few\r\n"
            + "2026-11-18T09:26:00Z,ws-1042.contoso.local,LdapSearch,,,notanumber,,x\r\n";
    ImportSummary summary = run(write("DeviceEvents.csv", csv));
    assertThat(summary.rowsPerTable()).containsEntry("DeviceEvents", 2L);
    assertThat(summary.problems()).extracting(ImportProblem::line).containsExactly(5L, 6L);
    assertThat(
            query(
                "SELECT ReportId || '|' || Timestamp::VARCHAR || '|' || InitiatingProcessCommandLine || '|' || AdditionalFields || '|' || coalesce(RemotePort::VARCHAR, 'null') || '|' || Comment FROM DeviceEvents ORDER BY ReportId"))
        .containsExactly(
            "11|2026-11-18 09:14:05.85|powershell.exe -c \"([adsisearcher]'(adminCount=1)').FindAll()\"|{\"SearchFilter\":\"(adminCount=1)\"}|389|two\nlines",
            "12|2026-11-18 09:20:00|||null|plain");
  }

  @Test
  void missingFilesAreReportedAndTheOthersImported() throws Exception {
    ImportSummary summary = run(temp.resolve("nowhere.json"), write("export.json", DEVICE_EVENT));
    assertThat(summary.totalRows()).isEqualTo(1);
    assertThat(summary.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
  }

  @Test
  void aLaterImportKeepsTheNewestCaptureTime() throws Exception {
    run(write("new.json", IDENTITY_QUERY));
    ImportSummary older = run(write("old.json", DEVICE_EVENT));
    assertThat(older.captureTime()).contains(Instant.parse("2026-11-19T09:30:00Z"));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      assertThat(workspace.captureTime())
          .isEqualTo(Optional.of(Instant.parse("2026-11-19T09:30:00Z")));
    }
  }

  @Test
  void theDemoTenantLoadsIntoAWorkspaceWhoseTablesGainedColumns() throws Exception {
    run(write("export.json", DEVICE_EVENT));
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      io.huntbook.tenant.demo.DemoTenant.generate(
          workspace.connection(),
          io.huntbook.tenant.demo.DemoTenantOptions.defaults().withScale(0.01));
    }
    assertThat(
            query(
                "SELECT count(*) FILTER (WHERE MachineGroup = 'Tier 1') || '|' || (count(*) > 100) FROM DeviceEvents"))
        .containsExactly("1|true");
  }

  @Test
  void directoriesAreReadWholeInNameOrder() throws Exception {
    Path tree = temp.resolve("insights-logs-advancedhunting");
    Files.createDirectories(tree.resolve("y=2026/m=11/d=19/h=08"));
    Files.createDirectories(tree.resolve("y=2026/m=11/d=19/h=09"));
    Files.writeString(tree.resolve("y=2026/m=11/d=19/h=08/PT1H.json"), DEVICE_EVENT + "\n");
    Files.writeString(tree.resolve("y=2026/m=11/d=19/h=09/PT1H.json"), IDENTITY_QUERY + "\n");
    Files.writeString(tree.resolve(".listing"), "not data");
    ImportSummary summary = run(tree);
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.rowsPerTable())
        .containsEntry("DeviceEvents", 1L)
        .containsEntry("IdentityQueryEvents", 1L);
  }
}
