package io.huntbook.defender;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.defender.auth.CredentialLoader;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.emulator.Emulator;
import io.huntbook.defender.emulator.EmulatorFiles;
import io.huntbook.defender.limits.LimitPolicy;
import io.huntbook.defender.limits.Limiters;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same query gives the same table from the local engine and from {@code --connection graph
 * --endpoint <emulator>}, where the emulator runs it on that same engine: the JSON encoding, the
 * schema type names and the streaming reader lose nothing.
 */
class LocalParityTest {
  private static Emulator emulator;
  private static Backend local;
  private static Backend graph;

  @BeforeAll
  static void start(@TempDir Path directory) throws Exception {
    emulator = Emulator.startOnDemoTenant(0);
    EmulatorFiles files = emulator.writeConnectionFiles(directory);
    local = LocalBackends.demoTenant();
    ConnectionSpec spec =
        ConnectionSpec.fromOptions(
            "graph",
            emulator.baseUri().toString(),
            emulator.baseUri().toString(),
            null,
            null,
            null,
            files.certificate().toString());
    BackendContext context =
        BackendContext.fromEnvironment(System.err)
            .withCredentials(() -> CredentialLoader.fromFile(files.credentials()))
            .withLimiters(new Limiters(), api -> LimitPolicy.unlimited());
    graph = Backends.open(spec, context);
  }

  @AfterAll
  static void stop() {
    if (graph != null) {
      graph.close();
    }
    if (local != null) {
      local.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "print n = 1, s = 'a', r = 2.5, d = datetime(2024-01-01 10:11:12.1234567),"
            + " t = 1d + 2h, j = dynamic({\"a\": [1, 2]}), b = true,"
            + " g = guid(1fa66c0f-18bd-4133-b378-36d76f3a2ba0)",
        "DeviceProcessEvents | sort by Timestamp asc, ReportId asc, DeviceId asc | take 200",
        "IdentityQueryEvents | sort by Timestamp asc, ReportId asc | take 200",
        "DeviceEvents | where ActionType == 'LdapSearch' | sort by Timestamp asc, ReportId asc, DeviceId asc | take 100",
        "DeviceEvents | summarize Events = count(), First = min(Timestamp) by DeviceName, ActionType",
        "DeviceNetworkEvents | summarize Ports = dcount(RemotePort), Last = max(Timestamp) by DeviceName | sort by DeviceName asc | take 20",
      })
  void graphThroughTheEmulatorMatchesTheLocalEngine(String kql) throws Exception {
    ResultTable direct = local.execute(QueryRequest.of(kql));
    ResultTable remote = graph.execute(QueryRequest.of(kql));

    assertThat(remote.columns()).isEqualTo(direct.columns());
    assertThat(sorted(remote)).isEqualTo(sorted(direct));
    assertThat(remote.rowCount()).isPositive();
    assertThat(((HuntingBackend) graph).name()).isEqualTo("graph");
  }

  /** Rows in a fixed order: {@code take} without {@code sort} may pick rows in any order. */
  private static List<String> sorted(ResultTable table) {
    List<String> rows = new ArrayList<>();
    for (List<Object> row : table.rows()) {
      rows.add(row.toString());
    }
    rows.sort(Comparator.naturalOrder());
    return rows;
  }
}
