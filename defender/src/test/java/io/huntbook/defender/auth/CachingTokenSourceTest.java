package io.huntbook.defender.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
}
