package io.huntbook.tenant.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** The span the demo covers: {@code days} days ending at the capture time. */
record TimeWindow(Instant start, Instant end) {
  static final long MICROS_PER_DAY = 86_400_000_000L;

  static TimeWindow ending(Instant end, int days) {
    return new TimeWindow(end.minus(Duration.ofDays(days)), end);
  }

  /** Whether {@code t} lies in the window (start inclusive, end exclusive). */
  boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  int days() {
    return (int) Duration.between(start, end).toDays();
  }

  /** A uniformly random instant in the window, to the microsecond. */
  Instant any(SplittableRandom random) {
    long micros = Duration.between(start, end).toNanos() / 1000;
    return start.plusNanos(random.nextLong(micros) * 1000);
  }

  /**
   * A random instant, most likely in working hours (07:00 to 18:00 UTC on weekdays), when people
   * create most of the activity.
   */
  Instant working(SplittableRandom random) {
    for (int attempt = 0; attempt < 6; attempt++) {
      Instant t = any(random);
      long secondOfDay = Math.floorMod(t.getEpochSecond(), 86_400L);
      long day = Math.floorDiv(t.getEpochSecond(), 86_400L);
      int dayOfWeek = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday: 0 = Monday
      boolean weekday = dayOfWeek < 5;
      if (weekday && secondOfDay >= 7 * 3600 && secondOfDay < 18 * 3600) {
        return t;
      }
    }
    return any(random);
  }

  /** Midnight UTC of the day holding {@code t}. */
  static Instant dayOf(Instant t) {
    return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 86_400L) * 86_400L);
  }
}
