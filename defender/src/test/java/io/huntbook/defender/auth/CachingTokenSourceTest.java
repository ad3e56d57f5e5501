package io.huntbook.defender.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenSourceTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void reusesATokenUntilFiveMinutesBeforeItExpires() throws Exception {
    ManualClock clock = new ManualClock();
    AtomicInteger requests = new AtomicInteger();
    TokenSource counting =
        scope ->
            new AccessToken(
                Secret.of("token-" + requests.incrementAndGet()),
                clock.instant().plus(Duration.ofHours(1)));
    CachingTokenSource tokens = new CachingTokenSource(counting, clock);

    AccessToken first = tokens.token("scope");
    clock.advance(Duration.ofMinutes(54));
    AccessToken stillFirst = tokens.token("scope");
    clock.advance(Duration.ofMinutes(2));
    AccessToken refreshed = tokens.token("scope");

    assertThat(stillFirst.value()).isEqualTo(first.value());
    assertThat(refreshed.value().reveal()).isEqualTo("token-2");
    assertThat(requests).hasValue(2);
  }

  @Test
  void shortLivedTokensAreRenewedAtHalfTheirLife() throws Exception {
    ManualClock clock = new ManualClock();
    AtomicInteger requests = new AtomicInteger();
    TokenSource counting =
        scope -> {
          requests.incrementAndGet();
          return new AccessToken(Secret.of("t"), clock.instant().plus(Duration.ofMinutes(4)));
        };
    CachingTokenSource tokens = new CachingTokenSource(counting, clock);

    tokens.token("scope");
    clock.advance(Duration.ofMinutes(1));
    tokens.token("scope");
    clock.advance(Duration.ofMinutes(1));
    tokens.token("scope");

    assertThat(requests).hasValue(2);
  }

  @Test
  void concurrentCallersShareOneRequest() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    TokenSource slow =
        scope -> {
          requests.incrementAndGet();
          asked.countDown();
          answer.await();
          return new AccessToken(Secret.of("shared"), Instant.now().plus(Duration.ofHours(1)));
        };
    CachingTokenSource tokens = new CachingTokenSource(slow);
    List<Future<AccessToken>> callers = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        callers.add(threads.submit(() -> tokens.token("scope")));
      }
      asked.await();
      answer.countDown();
      for (Future<AccessToken> caller : callers) {
        assertThat(caller.get().value().reveal()).isEqualTo("shared");
      }
    }
    assertThat(requests).hasValue(1);
  }

  @Test
  void aRefusalReachesEveryWaiterAndTheNextCallAsksAgain() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    TokenSource refusing =
        scope -> {
          if (requests.incrementAndGet() == 1) {
            asked.countDown();
            answer.await();
            throw new CredentialsException("the client secret has expired");
          }
          return new AccessToken(Secret.of("second"), Instant.now().plus(Duration.ofHours(1)));
        };
    CachingTokenSource tokens = new CachingTokenSource(refusing);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<AccessToken> first = threads.submit(() -> tokens.token("scope"));
      asked.await();
      Future<AccessToken> waiter = threads.submit(() -> tokens.token("scope"));
      answer.countDown();
      assertThatThrownBy(first::get).hasCauseInstanceOf(CredentialsException.class);
      // The waiter either shared the refusal or, arriving after it, asked again and got a token.
      try {
        assertThat(waiter.get().value().reveal()).isEqualTo("second");
      } catch (ExecutionException shared) {
        assertThat(shared.getCause()).hasMessageContaining("expired");
      }
    }
    assertThat(tokens.token("scope").value().reveal()).isEqualTo("second");
  }

  @Test
  void aRefusedTokenIsForgottenAndTheSourceAskedPastItsCache() throws Exception {
    AtomicInteger plain = new AtomicInteger();
    AtomicInteger forced = new AtomicInteger();
    TokenSource source =
        new TokenSource() {
          @Override
          public AccessToken token(String scope) {
            plain.incrementAndGet();
            return new AccessToken(Secret.of("cached"), Instant.now().plus(Duration.ofHours(1)));
          }

          @Override
          public AccessToken refresh(String scope, AccessToken refused) {
            forced.incrementAndGet();
            return new AccessToken(Secret.of("fresh"), Instant.now().plus(Duration.ofHours(1)));
          }
        };
    CachingTokenSource tokens = new CachingTokenSource(source);

    AccessToken first = tokens.token("scope");
    AccessToken renewed = tokens.refresh("scope", first);
    // A second caller refused the same old token: the renewed one is already there.
    AccessToken again = tokens.refresh("scope", first);

    assertThat(renewed.value().reveal()).isEqualTo("fresh");
    assertThat(again.value().reveal()).isEqualTo("fresh");
    assertThat(tokens.token("scope").value().reveal()).isEqualTo("fresh");
    assertThat(plain).hasValue(1);
    assertThat(forced).hasValue(1);
  }
}
