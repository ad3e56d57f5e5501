package io.huntbook.defender;

import io.huntbook.defender.auth.CredentialLoader;
import io.huntbook.defender.auth.Credentials;
import io.huntbook.defender.auth.CredentialsException;
import io.huntbook.defender.client.ClientOptions;
import io.huntbook.defender.limits.LimitPolicy;
import io.huntbook.defender.limits.Limiters;
import io.huntbook.engine.Backend;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * What opening a backend needs besides its {@link ConnectionSpec}: where credentials come from, the
 * limiter registry (the process-wide one unless a test isolates itself), client options, where the
 * device-code prompt goes, and how the local engine is opened.
 *
 * @param credentials reads the credentials when a remote backend is opened
 * @param limiters the limiter registry; {@link Limiters#processWide()} in production
 * @param limits the call limits per API (45 a minute; MDE also 1,500 an hour)
 * @param client retries, timeouts, row limit
 * @param trust TLS trust that overrides the spec's {@code --trust} file (tests hand the emulator's
 *     context here)
 * @param deviceCodePrompt where the device-code flow shows what to open and type
 * @param localOpener opens {@code --connection local}
 */
public record BackendContext(
    CredentialSource credentials,
    Limiters limiters,
    Function<HuntingApi, LimitPolicy> limits,
    ClientOptions client,
    Optional<SSLContext> trust,
    Consumer<String> deviceCodePrompt,
    LocalOpener localOpener) {

  /** Reads credentials when they are needed. */
  @FunctionalInterface
  public interface CredentialSource {
    Credentials read() throws CredentialsException;
  }

  /** Opens the local engine for a spec. */
  @FunctionalInterface
  public interface LocalOpener {
    Backend open(ConnectionSpec spec) throws ConnectionException;
  }

  public BackendContext {
    Objects.requireNonNull(credentials);
    Objects.requireNonNull(limiters);
    Objects.requireNonNull(limits);
    Objects.requireNonNull(client);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(deviceCodePrompt);
    Objects.requireNonNull(localOpener);
  }

  /**
   * Production defaults: credentials from the environment (or the file it names), the process-wide
   * limiters, documented limits, default client options, device-code prompts on the given stream.
   */
  public static BackendContext fromEnvironment(PrintStream prompts) {
    return new BackendContext(
        CredentialLoader::fromEnvironment,
        Limiters.processWide(),
        LimitPolicy::forApi,
        ClientOptions.defaults(),
        Optional.empty(),
        prompts::println,
        LocalBackends::open);
  }

  public BackendContext withCredentials(CredentialSource newCredentials) {
    return new BackendContext(
        newCredentials, limiters, limits, client, trust, deviceCodePrompt, localOpener);
  }

  public BackendContext withLimiters(
      Limiters newLimiters, Function<HuntingApi, LimitPolicy> newLimits) {
    return new BackendContext(
        credentials, newLimiters, newLimits, client, trust, deviceCodePrompt, localOpener);
  }

  public BackendContext withClient(ClientOptions newClient) {
    return new BackendContext(
        credentials, limiters, limits, newClient, trust, deviceCodePrompt, localOpener);
  }

  public BackendContext withTrust(SSLContext context) {
    return new BackendContext(
        credentials, limiters, limits, client, Optional.of(context), deviceCodePrompt, localOpener);
  }

  /** Device-code prompts go to {@code prompt} (the kernel sends them to the running cell). */
  public BackendContext withDeviceCodePrompt(Consumer<String> prompt) {
    return new BackendContext(credentials, limiters, limits, client, trust, prompt, localOpener);
  }

  public BackendContext withLocalOpener(LocalOpener newOpener) {
    return new BackendContext(
        credentials, limiters, limits, client, trust, deviceCodePrompt, newOpener);
  }
}
