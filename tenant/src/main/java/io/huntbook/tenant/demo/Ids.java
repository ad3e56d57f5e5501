package io.huntbook.tenant.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic identifiers. Everything derives from the tenant's seed, so the same seed always
 * gives the same ids, and none depends on the wall clock.
 */
final class Ids {
  private static final long MASK_53 = (1L << 53) - 1;

  private Ids() {}

  /** A well-mixed 64-bit value of two inputs (the SplitMix64 finalizer over their combination). */
  static long mix(long a, long b) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long mix(long seed, String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return mix(seed, h);
  }

  /** A random source for one named stream of the tenant. */
  static SplittableRandom random(long seed, String stream) {
    return new SplittableRandom(mix(seed, stream));
  }

  /**
   * A report id: a permutation of the 53-bit numbers, so distinct inputs give distinct ids (the
   * ground truth relies on this) that still look random and stay exact in JSON readers.
   *
   * @param seed the tenant seed
   * @param stream which writer allocates it (below 256), so background and attack never collide
   * @param sequence the writer's running number (below 2^44)
   */
  static long reportId(long seed, int stream, long sequence) {
    long x = ((((long) stream) << 44) | sequence) ^ (mix(seed, 77) & MASK_53);
    for (int round = 0; round < 3; round++) {
      x ^= x >>> 27;
      x = (x * 0x5DEECE66DL * 2 + x) & MASK_53; // multiplication by an odd constant mod 2^53
      x ^= x >>> 19;
    }
    return x == 0 ? MASK_53 + 1 : x;
  }

  /** A report id in the string form the Identity, Email and cloud tables use. */
  static String reportIdText(long seed, int stream, long sequence) {
    long id = reportId(seed, stream, sequence);
    return new UUID(mix(seed, id) & 0xFFFFFFFFFFFF0FFFL | 0x4000L, id).toString();
  }

  static UUID uuid(SplittableRandom random) {
    long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  static String hex(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(HexFormat.of().toHexDigits(random.nextLong()));
    }
    return text.substring(0, length);
  }

  /** A digest of a name, in hex: stable file hashes of the right shape for simulated binaries. */
  static String digest(String algorithm, String content) {
    try {
      byte[] bytes =
          MessageDigest.getInstance(algorithm).digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }

  /** A Windows process id: positive, a multiple of four, derived from its inputs. */
  static long processId(long... parts) {
    long h = 17;
    for (long p : parts) {
      h = mix(h, p);
    }
    return 4 * (1 + Math.floorMod(h, 16000L));
  }
}
