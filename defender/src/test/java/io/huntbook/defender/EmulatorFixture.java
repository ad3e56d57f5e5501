package io.huntbook.defender;

import io.huntbook.defender.client.ClientOptions;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.client.RetryPolicy;
import io.huntbook.defender.emulator.Emulator;
import io.huntbook.defender.emulator.EmulatorOptions;
import io.huntbook.defender.limits.LimitPolicy;
import io.huntbook.defender.limits.Limiters;
import java.io.IOException;
import java.time.Duration;

/**
 * An emulator on loopback and the way a test opens backends against it: a spec with {@code
 * --endpoint} and {@code --authority} pointing at it, its credentials and certificate, and a
 * limiter registry of the test's own so tests do not share quotas.
 */
public final class EmulatorFixture implements AutoCloseable {
  public final Emulator emulator;
  public final Limiters limiters = new Limiters();

  public EmulatorFixture(EmulatorOptions options) throws IOException {
    this.emulator = Emulator.start(options);
  }

  /** Fast retries so fault tests take milliseconds, not seconds. */
  public static RetryPolicy quickRetries() {
    return RetryPolicy.defaults()
        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .withRequestTimeout(Duration.ofSeconds(20));
  }

  public ConnectionSpec spec(ConnectionSpec.Kind kind) {
    return ConnectionSpec.of(kind)
        .withEndpoint(emulator.baseUri())
        .withAuthority(emulator.baseUri());
  }

  public BackendContext context(RetryPolicy retry) {
    return BackendContext.fromEnvironment(System.err)
        .withCredentials(emulator::credentials)
        .withLimiters(limiters, LimitPolicy::forApi)
        .withClient(ClientOptions.defaults().withRetry(retry))
        .withTrust(emulator.clientTrust());
  }

  public HuntingBackend open(ConnectionSpec.Kind kind) throws ConnectionException {
    return Backends.openRemote(spec(kind), context(quickRetries()));
  }

  public HuntingBackend open(ConnectionSpec.Kind kind, RetryPolicy retry)
      throws ConnectionException {
    return Backends.openRemote(spec(kind), context(retry));
  }

  @Override
  public void close() {
    emulator.close();
  }
}
