package io.huntbook.tenant.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * How to generate the demo tenant.
 *
 * @param seed the seed every random choice derives from: the same options give the same rows
 * @param scale the background volume: 1.0 is about 200,000 rows, which loads in a few seconds; 50
 *     is about ten million. The attack and the directory do not change with it.
 * @param captureTime the instant the data ends, which {@code now()} means when querying it
 * @param days how many days of telemetry end at the capture time
 */
public record DemoTenantOptions(long seed, double scale, Instant captureTime, int days) {
  /** The default seed. */
  public static final long DEFAULT_SEED = 20261120L;

  /** The default capture time: noon UTC on 20 November 2026. */
  public static final Instant DEFAULT_CAPTURE_TIME = Instant.parse("2026-11-20T12:00:00Z");

  /** Background rows generated at scale 1 (approximately). */
  public static final long ROWS_AT_SCALE_ONE = 200_000;

  public DemoTenantOptions {
    Objects.requireNonNull(captureTime);
    if (!(scale > 0) || scale > 10_000) {
      throw new IllegalArgumentException("scale must be above 0 and at most 10000, not " + scale);
    }
    if (days < 7 || days > 30) {
      throw new IllegalArgumentException("days must be between 7 and 30, not " + days);
    }
  }

  /** Seed 20261120, scale 1, 14 days ending 2026-11-20T12:00:00Z. */
  public static DemoTenantOptions defaults() {
    return new DemoTenantOptions(DEFAULT_SEED, 1.0, DEFAULT_CAPTURE_TIME, 14);
  }

  public DemoTenantOptions withSeed(long newSeed) {
    return new DemoTenantOptions(newSeed, scale, captureTime, days);
  }

  public DemoTenantOptions withScale(double newScale) {
    return new DemoTenantOptions(seed, newScale, captureTime, days);
  }

  public DemoTenantOptions withCaptureTime(Instant newCaptureTime) {
    return new DemoTenantOptions(seed, scale, newCaptureTime, days);
  }

  /** The scale that gives about {@code rows} rows in all (for benchmarks: "generate N rows"). */
  public DemoTenantOptions withRowCount(long rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("row count must be positive, not " + rows);
    }
    return withScale(Math.max(0.001, (double) rows / ROWS_AT_SCALE_ONE));
  }
}
