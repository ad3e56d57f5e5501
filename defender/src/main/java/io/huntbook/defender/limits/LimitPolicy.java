package io.huntbook.defender.limits;

import io.huntbook.defender.HuntingApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The call limits a service documents: at most {@code calls} in any sliding window of {@code
 * length}, for each window listed.
 */
public record LimitPolicy(List<Window> windows) {

  /** One limit: {@code calls} per {@code length}. */
  public record Window(int calls, Duration length) {
    public Window {
      Objects.requireNonNull(length);
      if (calls <= 0 || length.isZero() || length.isNegative()) {
        throw new IllegalArgumentException("a limit needs a positive call count and length");
      }
    }
  }

  public LimitPolicy {
    windows = List.copyOf(windows);
  }

  /** No limit at all (tests, the local engine). */
  public static LimitPolicy unlimited() {
    return new LimitPolicy(List.of());
  }

  /** 45 calls a minute, and for MDE also 1,500 an hour. */
  public static LimitPolicy forApi(HuntingApi api) {
    return forApi(api, HuntingApi.CALLS_PER_MINUTE);
  }

  /** The API's limits with another per-minute count (larger tenants get more). */
  public static LimitPolicy forApi(HuntingApi api, int callsPerMinute) {
    List<Window> windows = new ArrayList<>();
    windows.add(new Window(callsPerMinute, Duration.ofMinutes(1)));
    if (api.callsPerHour() > 0) {
      windows.add(new Window(api.callsPerHour(), Duration.ofHours(1)));
    }
    return new LimitPolicy(windows);
  }
}
