package io.huntbook.defender.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each scope's token until shortly before it expires, so every query within a token's life
 * reuses it without a request to the identity platform. MSAL has a cache of its own, but for an
 * authority it cannot discover (a private endpoint, the emulator) its application-token lookup
 * misses and every call goes back to the token endpoint; this layer makes the reuse certain. When a
 * token nears expiry the next call asks the underlying source again, which for users refreshes
 * silently with MSAL's refresh token.
 */
public final class CachingTokenSource implements TokenSource {
  /** How long before expiry a token stops being handed out (at most half its life). */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenSource source;
  private final Clock clock;
  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();

  private record Entry(AccessToken token, Instant refreshAt) {}

  public CachingTokenSource(TokenSource source, Clock clock) {
    this.source = Objects.requireNonNull(source);
    this.clock = Objects.requireNonNull(clock);
  }

  public CachingTokenSource(TokenSource source) {
    this(source, Clock.systemUTC());
  }

  @Override
  public AccessToken token(String scope) throws CredentialsException, InterruptedException {
    Entry entry = tokens.get(scope);
    if (entry != null && clock.instant().isBefore(entry.refreshAt())) {
      return entry.token();
    }
    // One request per scope at a time: concurrent queries wait for the same new token.
    synchronized (lockFor(scope)) {
      entry = tokens.get(scope);
      if (entry != null && clock.instant().isBefore(entry.refreshAt())) {
        return entry.token();
      }
      AccessToken fresh = source.token(scope);
      Instant now = clock.instant();
      Duration life = Duration.between(now, fresh.expiresOn());
      Duration margin =
          life.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? life.dividedBy(2) : REFRESH_MARGIN;
      tokens.put(scope, new Entry(fresh, fresh.expiresOn().minus(margin)));
      return fresh;
    }
  }

  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private Object lockFor(String scope) {
    return locks.computeIfAbsent(scope, key -> new Object());
  }
}
