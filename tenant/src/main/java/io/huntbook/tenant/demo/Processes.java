package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import java.time.Duration;
import java.time.Instant;

/**
 * The long-running processes of a device, derived from the device and the day so that every event
 * of one day names the same explorer.exe or svchost.exe without keeping state. Machines reboot at
 * 05:00 UTC each day; users log on some minutes later.
 */
final class Processes {
  private Processes() {}

  private static long key(Machine device) {
    return Ids.mix(0, device.deviceId());
  }

  private static Instant boot(Instant t) {
    Instant boot = TimeWindow.dayOf(t).plus(Duration.ofHours(5));
    return boot.isAfter(t) ? boot.minus(Duration.ofDays(1)) : boot;
  }

  static ProcessRun services(Machine device, Instant t) {
    Instant boot = boot(t);
    return new ProcessRun(
        Images.SERVICES,
        Ids.processId(key(device), boot.getEpochSecond(), 1),
        "C:\\Windows\\system32\\services.exe",
        boot.plusSeconds(4),
        Identity.SYSTEM,
        "System",
        "TokenElevationTypeDefault",
        999,
        null);
  }

  static ProcessRun svchost(Machine device, Instant t, String serviceGroup) {
    ProcessRun services = services(device, t);
    Identity identity =
        serviceGroup.contains("Network") ? Identity.NETWORK_SERVICE : Identity.SYSTEM;
    return new ProcessRun(
        Images.SVCHOST,
        Ids.processId(key(device), services.created().getEpochSecond(), serviceGroup.hashCode()),
        "svchost.exe -k " + serviceGroup + " -p",
        services.created().plusSeconds(3 + Math.floorMod(serviceGroup.hashCode(), 40)),
        identity,
        "System",
        "TokenElevationTypeDefault",
        identity == Identity.SYSTEM ? 999 : 996,
        services);
  }

  static ProcessRun lsass(Machine device, Instant t) {
    Instant boot = boot(t);
    return new ProcessRun(
        Images.LSASS,
        Ids.processId(key(device), boot.getEpochSecond(), 2),
        "C:\\Windows\\system32\\lsass.exe",
        boot.plusSeconds(5),
        Identity.SYSTEM,
        "System",
        "TokenElevationTypeDefault",
        999,
        null);
  }

  static ProcessRun sense(Machine device, Instant t) {
    ProcessRun services = services(device, t);
    return new ProcessRun(
        Images.SENSE,
        Ids.processId(key(device), services.created().getEpochSecond(), 3),
        "\"MsSense.exe\"",
        services.created().plusSeconds(20),
        Identity.SYSTEM,
        "System",
        "TokenElevationTypeDefault",
        999,
        services);
  }

  /** A service process started by services.exe at boot, running as {@code identity}. */
  static ProcessRun service(
      Machine device, Instant t, Image image, String commandLine, Identity identity) {
    ProcessRun services = services(device, t);
    return new ProcessRun(
        image,
        Ids.processId(
            key(device), services.created().getEpochSecond(), image.fileName().hashCode()),
        commandLine,
        services.created().plusSeconds(30 + Math.floorMod(image.fileName().hashCode(), 60)),
        identity,
        "System",
        "TokenElevationTypeDefault",
        identity == Identity.SYSTEM ? 999 : Math.floorMod(Ids.mix(key(device), 7), 900_000L) + 1000,
        services);
  }

  /** The logon session of {@code user} on {@code device}, as a logon id. */
  static long logonId(Machine device, Account user, Instant t) {
    return 100_000 + Math.floorMod(Ids.mix(key(device), user.sid() + boot(t)), 9_000_000L);
  }

  /** The user's explorer.exe on a workstation, started at logon after the daily boot. */
  static ProcessRun explorer(Machine device, Account user, Instant t) {
    Instant boot = boot(t);
    long minutes = Math.floorMod(Ids.mix(key(device), boot.getEpochSecond()), 150L) + 75;
    Instant logon = boot.plus(Duration.ofMinutes(minutes));
    if (logon.isAfter(t)) {
      logon = t.minus(Duration.ofMinutes(3));
    }
    ProcessRun userinit =
        new ProcessRun(
            Images.USERINIT,
            Ids.processId(key(device), logon.getEpochSecond(), 4),
            "C:\\Windows\\system32\\userinit.exe",
            logon.minusSeconds(2),
            Identity.of(user),
            "Medium",
            "TokenElevationTypeLimited",
            logonId(device, user, t),
            null);
    return new ProcessRun(
        Images.EXPLORER,
        Ids.processId(key(device), logon.getEpochSecond(), 5),
        "C:\\Windows\\Explorer.EXE",
        logon,
        Identity.of(user),
        "Medium",
        "TokenElevationTypeLimited",
        logonId(device, user, t),
        userinit);
  }

  /** An application the user started from explorer.exe earlier that day. */
  static ProcessRun userApp(
      Machine device, Account user, Instant t, Image image, String commandLine) {
    ProcessRun explorer = explorer(device, user, t);
    Instant started =
        explorer.created().plusSeconds(30 + Math.floorMod(image.fileName().hashCode(), 600));
    if (started.isAfter(t)) {
      started = t.minusSeconds(1);
    }
    return new ProcessRun(
        image,
        Ids.processId(
            key(device), explorer.created().getEpochSecond(), image.fileName().hashCode()),
        commandLine,
        started,
        Identity.of(user),
        "Medium",
        "TokenElevationTypeLimited",
        explorer.logonId(),
        explorer);
  }

  /** A short-lived child process started at {@code t}. */
  static ProcessRun child(
      ProcessRun parent, Image image, String commandLine, Instant t, long salt) {
    return new ProcessRun(
        image,
        Ids.processId(parent.processId(), t.toEpochMilli(), salt),
        commandLine,
        t,
        parent.account(),
        parent.integrityLevel(),
        parent.tokenElevation(),
        parent.logonId(),
        parent);
  }

  static String quoted(Image image) {
    return "\"" + image.folderPath() + "\"";
  }
}
