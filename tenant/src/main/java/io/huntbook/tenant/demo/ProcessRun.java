package io.huntbook.tenant.demo;

import java.time.Instant;

/**
 * A running process: an image started with a command line by an account at a time. The pair
 * (DeviceId, ProcessId + creation time) identifies it, as in Defender.
 *
 * @param parent the process that started it, or null when that is not reported
 * @param integrityLevel {@code System}, {@code High}, {@code Medium}
 * @param tokenElevation {@code TokenElevationTypeDefault}, {@code TokenElevationTypeFull}, …
 */
record ProcessRun(
    Image image,
    long processId,
    String commandLine,
    Instant created,
    Identity account,
    String integrityLevel,
    String tokenElevation,
    long logonId,
    ProcessRun parent) {

  /** Who a process runs as: a domain account, or one of the machine's built-in identities. */
  record Identity(String domain, String name, String sid, String upn, String objectId) {
    static final Identity SYSTEM = new Identity("nt authority", "system", "S-1-5-18", "", "");
    static final Identity LOCAL_SERVICE =
        new Identity("nt authority", "local service", "S-1-5-19", "", "");
    static final Identity NETWORK_SERVICE =
        new Identity("nt authority", "network service", "S-1-5-20", "", "");

    static Identity of(Account account) {
      return new Identity(
          Directory.NETBIOS.toLowerCase(java.util.Locale.ROOT),
          account.sam(),
          account.sid(),
          account.upn(),
          account.objectId());
    }
  }
}
