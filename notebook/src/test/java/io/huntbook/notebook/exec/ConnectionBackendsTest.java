package io.huntbook.notebook.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConnectionBackendsTest {
  private final ConnectionBackends backends =
      new ConnectionBackends(
          ConnectionSpec.of(ConnectionSpec.Kind.LOCAL),
          BackendContext.fromEnvironment(
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

  @Test
  void localIsTheEmbeddedEngineOverTheDemoTenant() throws Exception {
    try (Backend local = backends.open("local")) {
      ResultTable devices =
          local.execute(QueryRequest.of("DeviceInfo | summarize n = dcount(DeviceName)"));
      assertThat(devices.rows().getFirst().getFirst()).isInstanceOf(Long.class);
      assertThat((Long) devices.rows().getFirst().getFirst()).isPositive();
    }
  }

  @Test
  void anUnknownConnectionIsAClearError() {
    assertThatThrownBy(() -> backends.open("kusto"))
        .isInstanceOf(QueryException.class)
        .hasMessage("unknown connection 'kusto': use local, graph, m365d or mde")
        .extracting(e -> ((QueryException) e).code())
        .isEqualTo(ConnectionBackends.CONNECTION_FAILED);
  }

  @Test
  void anUnattendedRunOpensTheChosenApiAndTheLocalEngineButNoOtherApi() throws Exception {
    ConnectionBackends unattended =
        ConnectionBackends.unattended(
            ConnectionSpec.of(ConnectionSpec.Kind.LOCAL),
            BackendContext.fromEnvironment(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

    try (Backend local = unattended.open("local")) {
      assertThat(local.execute(QueryRequest.of("print 1")).rowCount()).isEqualTo(1);
    }
    for (String api : new String[] {"graph", "m365d", "mde"}) {
      assertThatThrownBy(() -> unattended.open(api))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("%connect " + api)
          .hasMessageContaining("pass --connection " + api)
          .extracting(e -> ((QueryException) e).code())
          .isEqualTo(ConnectionBackends.CONNECTION_NOT_CHOSEN);
    }
  }
}
