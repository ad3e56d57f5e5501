package io.huntbook.defender;

import io.huntbook.defender.auth.AccessToken;
import io.huntbook.defender.auth.AuthorityOptions;
import io.huntbook.defender.auth.Credentials;
import io.huntbook.defender.auth.CredentialsException;
import io.huntbook.defender.auth.DeviceCodeCredentials;
import io.huntbook.defender.auth.JwtClaims;
import io.huntbook.defender.auth.TokenSource;
import io.huntbook.defender.client.HuntingBackend;
import io.huntbook.defender.limits.CallLimiter;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The check behind {@code huntbook connect test}: get a token, read which permissions it carries
 * (its {@code roles} or {@code scp} claim), compare with what the chosen API needs, run {@code
 * print 1}, and report the resolved cloud, endpoint and authority. Failures become problems in the
 * report, not exceptions.
 */
public final class ConnectionTest {
  private ConnectionTest() {}

  /** Tests a connection. */
  public static ConnectionReport run(ConnectionSpec spec, BackendContext context)
      throws InterruptedException {
    if (spec.kind() == ConnectionSpec.Kind.LOCAL) {
      return local(spec, context);
    }
    HuntingApi api = spec.api();
    String endpoint = spec.resolvedEndpoint().toString();
    List<String> problems = new ArrayList<>();
    Credentials credentials;
    try {
      credentials = Backends.credentials(context);
    } catch (ConnectionException e) {
      return new ConnectionReport(
          api.shortName(),
          Optional.of(spec.cloud().shortName()),
          endpoint,
          Optional.of(spec.resolvedAuthority().toString()),
          Optional.empty(),
          Optional.of(api.applicationPermission()),
          List.of(),
          Optional.empty(),
          false,
          List.of(e.getMessage()));
    }
    String authority =
        AuthorityOptions.forTenant(spec.resolvedAuthority(), credentials.tenantId()).toString();
    String needed =
        credentials instanceof DeviceCodeCredentials
            ? api.delegatedPermission()
            : api.applicationPermission();
    List<String> granted = List.of();
    Optional<Instant> expires = Optional.empty();
    boolean ran = false;
    try {
      Optional<SSLContext> trust = Backends.trust(spec, context);
      TokenSource tokens = Backends.tokenSource(spec, context, credentials, trust);
      AccessToken token = tokens.token(spec.scope());
      expires = Optional.of(token.expiresOn());
      try {
        JwtClaims claims = token.claims();
        granted = new ArrayList<>(claims.roles());
        granted.addAll(claims.scopes());
        if (!claims.grants(needed)) {
          problems.add(
              "the token does not carry "
                  + needed
                  + ": add it to the app registration ("
                  + api.entraApiName()
                  + ") and grant admin consent");
        }
      } catch (CredentialsException opaque) {
        problems.add(opaque.getMessage());
      }
      CallLimiter limiter = Backends.limiter(spec, context, credentials);
      try (HuntingBackend backend =
          new HuntingBackend(
              api,
              spec.resolvedEndpoint(),
              spec.scope(),
              tokens,
              limiter,
              Backends.clientOptions(context, trust))) {
        ran = printsOne(backend, problems);
      }
    } catch (ConnectionException | CredentialsException e) {
      problems.add(e.getMessage());
    }
    return new ConnectionReport(
        api.shortName(),
        Optional.of(spec.cloud().shortName()),
        endpoint,
        Optional.of(authority),
        Optional.of(credentials.describe()),
        Optional.of(needed),
        granted,
        expires,
        ran,
        problems);
  }

  private static ConnectionReport local(ConnectionSpec spec, BackendContext context)
      throws InterruptedException {
    List<String> problems = new ArrayList<>();
    boolean ran = false;
    try (Backend backend = context.localOpener().open(spec)) {
      ran = printsOne(backend, problems);
    } catch (ConnectionException e) {
      problems.add(e.getMessage());
    }
    return new ConnectionReport(
        "local",
        Optional.empty(),
        spec.workspace().map(Object::toString).orElse("demo tenant (in memory)"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        ran,
        problems);
  }

  private static boolean printsOne(Backend backend, List<String> problems)
      throws InterruptedException {
    try {
      ResultTable table = backend.execute(QueryRequest.of("print 1"));
      boolean one =
          table.rowCount() == 1
              && table.columns().size() == 1
              && table.rows().get(0).get(0) instanceof Number number
              && number.longValue() == 1;
      if (!one) {
        problems.add("print 1 did not return a single 1");
      }
      return one;
    } catch (QueryException e) {
      problems.add(e.getMessage());
      return false;
    }
  }
}
