package io.huntbook.bench;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.emulator.Emulator;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.limits.LimitPolicy;
import io.huntbook.defender.limits.Limiters;
import io.huntbook.engine.Backend;
import io.huntbook.engine.LocalEngine;
import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The emulated Defender service on loopback with the services' default call limit (45 a minute) and
 * an injected latency, and the real Graph client opened against it as {@code --connection graph}
 * would be: the emulator's credentials, its certificate trusted, the documented limits. Each
 * instance has its own limiter registry and its own emulator, so two measurements never share a
 * call budget.
 */
final class LoopbackService implements AutoCloseable {
  private final Emulator emulator;
  private final BackendContext context;

  LoopbackService(Backend engine, Duration latency) throws IOException {
    this.emulator = Emulator.start(EmulatorOptions.defaults(engine).withLatency(latency));
    this.context =
        BackendContext.fromEnvironment(new PrintStream(OutputStream.nullOutputStream()))
            .withCredentials(emulator::credentials)
            .withLimiters(new Limiters(), LimitPolicy::forApi)
            .withTrust(emulator.clientTrust());
  }

  /** A small demo tenant in an in-memory engine: what the emulator answers from. */
  static LocalEngine demoTenant(double scale) throws SQLException {
    return DemoTenant.engine(DemoTenantOptions.defaults().withScale(scale));
  }

  /** The Graph connection's spec, pointed at the emulator for the API and the authority. */
  ConnectionSpec graph() {
    return ConnectionSpec.of(ConnectionSpec.Kind.GRAPH)
        .withEndpoint(emulator.baseUri())
        .withAuthority(emulator.baseUri());
  }

  /** Opens the Graph client as {@code Backends} does for {@code --connection graph}. */
  HuntingBackend openGraph() throws ConnectionException {
    return Backends.openRemote(graph(), context);
  }

  BackendContext context() {
    return context;
  }

  int huntingRequests() {
    return emulator.huntingRequestCount();
  }

  @Override
  public void close() {
    emulator.close();
  }
}
