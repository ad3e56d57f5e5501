package io.huntbook.defender;

import io.huntbook.defender.auth.AuthorityOptions;
import io.huntbook.defender.auth.CachingTokenSource;
import io.huntbook.defender.auth.Credentials;
import io.huntbook.defender.auth.CredentialsException;
import io.huntbook.defender.auth.MsalTokenSource;
import io.huntbook.defender.auth.TokenSource;
import io.huntbook.defender.auth.TrustedCertificates;
import io.huntbook.defender.client.ClientOptions;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.limits.CallLimiter;
import io.huntbook.engine.Backend;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * The one way to open a backend from a {@link ConnectionSpec}: the local engine, or a hunting API
 * with its credentials, token cache, and the limiter every query of the process shares for that
 * service and tenant.
 */
public final class Backends {
  /**
   * Token sources of the process by credentials and authority, so every backend opened with the
   * same identity reuses one token (and a user signs in with a device code once per process).
   */
  private static final Map<TokenKey, TokenSource> TOKEN_SOURCES = new ConcurrentHashMap<>();

  private record TokenKey(Credentials credentials, URI authority, boolean wellKnown) {}

  private Backends() {}

  /** Opens a backend with production defaults (credentials from the environment). */
  public static Backend open(ConnectionSpec spec) throws ConnectionException {
    return open(spec, BackendContext.fromEnvironment(System.err));
  }

  /** Opens a backend. */
  public static Backend open(ConnectionSpec spec, BackendContext context)
      throws ConnectionException {
    if (spec.kind() == ConnectionSpec.Kind.LOCAL) {
      return context.localOpener().open(spec);
    }
    return openRemote(spec, context);
  }

  /** Opens a hunting API backend (what {@link #open} does for graph, m365d and mde). */
  public static HuntingBackend openRemote(ConnectionSpec spec, BackendContext context)
      throws ConnectionException {
    HuntingApi api = spec.api();
    Credentials credentials = credentials(context);
    Optional<SSLContext> trust = trust(spec, context);
    TokenSource tokens = tokenSource(spec, context, credentials, trust);
    return new HuntingBackend(
        api,
        spec.resolvedEndpoint(),
        spec.scope(),
        tokens,
        limiter(spec, context, credentials),
        clientOptions(context, trust));
  }

  /**
   * The limiter shared by every query of the process to this API, host and tenant: quotas are per
   * tenant and API, so two notebooks hunting the same tenant draw on one budget.
   */
  static CallLimiter limiter(ConnectionSpec spec, BackendContext context, Credentials credentials) {
    HuntingApi api = spec.api();
    String key =
        api.shortName()
            + " "
            + spec.resolvedEndpoint().getAuthority()
            + " "
            + credentials.tenantId();
    return context.limiters().forService(key, context.limits().apply(api));
  }

  static ClientOptions clientOptions(BackendContext context, Optional<SSLContext> trust) {
    return trust.map(context.client()::withTrust).orElse(context.client());
  }

  static Credentials credentials(BackendContext context) throws ConnectionException {
    try {
      return context.credentials().read();
    } catch (CredentialsException e) {
      throw new ConnectionException(e.getMessage());
    }
  }

  static Optional<SSLContext> trust(ConnectionSpec spec, BackendContext context)
      throws ConnectionException {
    if (context.trust().isPresent()) {
      return context.trust();
    }
    if (spec.trustCertificate().isPresent()) {
      try {
        return Optional.of(TrustedCertificates.fromPemFile(spec.trustCertificate().get()));
      } catch (CredentialsException e) {
        throw new ConnectionException(e.getMessage());
      }
    }
    return Optional.empty();
  }

  static TokenSource tokenSource(
      ConnectionSpec spec,
      BackendContext context,
      Credentials credentials,
      Optional<SSLContext> trust)
      throws ConnectionException {
    URI authority = AuthorityOptions.forTenant(spec.resolvedAuthority(), credentials.tenantId());
    TokenKey key = new TokenKey(credentials, authority, spec.wellKnownAuthority());
    TokenSource known = TOKEN_SOURCES.get(key);
    if (known != null) {
      return known;
    }
    try {
      TokenSource created =
          new CachingTokenSource(
              MsalTokenSource.create(
                  credentials,
                  new AuthorityOptions(
                      authority, spec.wellKnownAuthority(), trust, context.deviceCodePrompt())));
      TokenSource raced = TOKEN_SOURCES.putIfAbsent(key, created);
      return raced != null ? raced : created;
    } catch (CredentialsException e) {
      throw new ConnectionException(e.getMessage());
    }
  }
}
