package io.huntbook.defender.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Keeps each scope's token until shortly before it expires, so every query within a token's life
 * reuses it without a request to the identity platform. MSAL has a cache of its own, but for an
 * authority it cannot discover (a private endpoint, the emulator) its application-token lookup
 * misses and every call goes back to the token endpoint; this layer makes the reuse certain. When a
 * token nears expiry the next call asks the underlying source again, which for users refreshes
 * silently with MSAL's refresh token.
 *
 * <p>One request per scope is in flight at a time. The caller that finds no usable token asks the
 * source; every caller arriving meanwhile waits for that same answer and is released the moment it
 * comes, all together (a lock would hand the token from waiter to waiter, one at a time, which on
 * busy virtual-thread carriers takes longer than fetching it). A failure reaches every waiter, and
 * the next call asks again.
 */
public final class CachingTokenSource implements TokenSource {
  /** How long before expiry a token stops being handed out (at most half its life). */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenSource source;
  private final Clock clock;
  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<AccessToken>> inFlight = new ConcurrentHashMap<>();

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
    return obtain(scope, () -> source.token(scope));
  }

  /**
   * Forgets {@code refused} (unless another caller has replaced it already) and asks the source for
   * a token past its own cache; callers arriving meanwhile share that answer.
   */
  @Override
  public AccessToken refresh(String scope, AccessToken refused)
      throws CredentialsException, InterruptedException {
    tokens.computeIfPresent(scope, (key, entry) -> entry.token().equals(refused) ? null : entry);
    AccessToken token = obtain(scope, () -> source.refresh(scope, refused));
    // A flight that was already under way may have answered from the source's cache.
    return token.equals(refused) ? store(scope, source.refresh(scope, refused)) : token;
  }

  /** What asks the source: a normal request or one past its cache. */
  private interface Fetch {
    AccessToken get() throws CredentialsException, InterruptedException;
  }

  private AccessToken obtain(String scope, Fetch fetch)
      throws CredentialsException, InterruptedException {
    while (true) {
      Entry entry = tokens.get(scope);
      if (entry != null && clock.instant().isBefore(entry.refreshAt())) {
        return entry.token();
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      CompletableFuture<AccessToken> pending = inFlight.putIfAbsent(scope, mine);
      if (pending != null) {
        Optional<AccessToken> answer = await(pending);
        if (answer.isPresent()) {
          return answer.get();
        }
        continue; // the fetching caller was interrupted, not this one: ask again
      }
      try {
        // Another caller may have stored a fresh token between the first look and the flight.
        entry = tokens.get(scope);
        AccessToken token =
            entry != null && clock.instant().isBefore(entry.refreshAt())
                ? entry.token()
                : store(scope, fetch.get());
        mine.complete(token);
        return token;
      } catch (CredentialsException | InterruptedException | RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        inFlight.remove(scope, mine);
      }
    }
  }

  private AccessToken store(String scope, AccessToken fresh) {
    Instant now = clock.instant();
    Duration life = Duration.between(now, fresh.expiresOn());
    Duration margin =
        life.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? life.dividedBy(2) : REFRESH_MARGIN;
    tokens.put(scope, new Entry(fresh, fresh.expiresOn().minus(margin)));
    return fresh;
  }

  /** The flight's token, or empty when the caller that fetched it was interrupted. */
  private static Optional<AccessToken> await(CompletableFuture<AccessToken> pending)
      throws CredentialsException, InterruptedException {
    try {
      return Optional.of(pending.get());
    } catch (ExecutionException e) {
      return switch (e.getCause()) {
        case CredentialsException failed -> throw failed;
        case InterruptedException interrupted -> Optional.empty();
        case RuntimeException bug -> throw bug;
        default -> throw new IllegalStateException(e.getCause());
      };
    }
  }
}
