package io.huntbook.tenant.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What every writer of one generation run shares: the options, the directory, the table sink and
 * the time window, with small helpers to pick entities at random.
 */
final class Generation {
  final DemoTenantOptions options;
  final Directory directory;
  final Sink sink;
  final TimeWindow window;

  Generation(DemoTenantOptions options, Directory directory, Sink sink) {
    this.options = options;
    this.directory = directory;
    this.sink = sink;
    this.window = TimeWindow.ending(options.captureTime(), options.days());
  }

  /** How many background rows a table gets: its base volume times the scale, at least one. */
  long count(long base) {
    return Math.max(1, Math.round(base * options.scale() * options.days() / 14.0));
  }

  SplittableRandom random(String stream) {
    return Ids.random(options.seed(), stream);
  }

  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  static <T> T pick(SplittableRandom random, T... items) {
    return items[random.nextInt(items.length)];
  }

  Machine workstation(SplittableRandom random) {
    return pick(random, directory.workstations);
  }

  Machine server(SplittableRandom random) {
    return pick(random, directory.servers);
  }

  Machine domainController(SplittableRandom random) {
    return pick(random, directory.domainControllers);
  }

  Account admin(SplittableRandom random) {
    return pick(random, directory.admins);
  }

  Machine adminWorkstation(SplittableRandom random) {
    return pick(random, directory.adminWorkstations);
  }

  /** An ephemeral client port. */
  static int ephemeralPort(SplittableRandom random) {
    return 49152 + random.nextInt(16000);
  }

  /** A stable public address for a host name, in ranges Microsoft and others really use. */
  static String publicAddress(String host) {
    long h = Ids.mix(11, host);
    String[] prefixes = {"13.107.", "52.96.", "20.190.", "40.126.", "142.250.", "151.101."};
    return prefixes[(int) Math.floorMod(h, (long) prefixes.length)]
        + Math.floorMod(h >>> 8, 250L)
        + "."
        + (1 + Math.floorMod(h >>> 16, 250L));
  }
}
