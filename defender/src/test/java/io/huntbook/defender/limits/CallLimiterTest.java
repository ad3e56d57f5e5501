package io.huntbook.defender.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.defender.HuntingApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallLimiterTest {

  @Test
  void theDocumentedLimits() {
    assertThat(LimitPolicy.forApi(HuntingApi.GRAPH).windows())
        .containsExactly(new LimitPolicy.Window(45, Duration.ofMinutes(1)));
    assertThat(LimitPolicy.forApi(HuntingApi.MDE).windows())
        .containsExactly(
            new LimitPolicy.Window(45, Duration.ofMinutes(1)),
            new LimitPolicy.Window(1_500, Duration.ofHours(1)));
    assertThat(LimitPolicy.forApi(HuntingApi.M365D, 90).windows().get(0).calls()).isEqualTo(90);
  }

  @Test
  void aFullWindowHoldsTheNextCallBackUntilItSlides() throws Exception {
    CallLimiter limiter =
        new CallLimiter(
            new LimitPolicy(List.of(new LimitPolicy.Window(2, Duration.ofMillis(400)))));

    long started = System.nanoTime();
    limiter.acquire();
    limiter.acquire();
    assertThat(limiter.currentWait()).isPositive();
    limiter.acquire();

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aPauseHoldsEveryCallerBack() throws Exception {
    CallLimiter limiter = new CallLimiter(LimitPolicy.unlimited());
    limiter.pauseFor(Duration.ofMillis(300));
    limiter.pauseFor(Duration.ofMillis(10));

    long started = System.nanoTime();
    limiter.acquire();

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(290));
    assertThat(limiter.currentWait()).isZero();
  }

  @Test
  void waitingIsInterruptible() throws Exception {
    CallLimiter limiter = new CallLimiter(LimitPolicy.unlimited());
    limiter.pauseFor(Duration.ofMinutes(5));
    Throwable[] outcome = new Throwable[1];
    Thread waiter =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    limiter.acquire();
                  } catch (InterruptedException e) {
                    outcome[0] = e;
                  }
                });
    Thread.sleep(100);
    waiter.interrupt();
    waiter.join(2_000);

    assertThat(outcome[0]).isInstanceOf(InterruptedException.class);
  }

  @Test
  void oneLimiterPerServiceAcrossTheProcess() {
    Limiters limiters = new Limiters();
    CallLimiter first =
        limiters.forService("graph host tenant", LimitPolicy.forApi(HuntingApi.GRAPH));
    CallLimiter again = limiters.forService("graph host tenant", LimitPolicy.unlimited());
    CallLimiter other = limiters.forService("mde host tenant", LimitPolicy.forApi(HuntingApi.MDE));

    assertThat(again).isSameAs(first);
    assertThat(other).isNotSameAs(first);
    assertThat(Limiters.processWide()).isSameAs(Limiters.processWide());
  }
}
