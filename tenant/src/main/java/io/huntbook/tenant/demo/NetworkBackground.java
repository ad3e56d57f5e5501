package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Ordinary connections (DeviceNetworkEvents): browsing, Microsoft 365 clients, the Defender sensor,
 * and the domain traffic of every Windows machine: Kerberos (88), DNS (53), SMB (445), LDAP (389),
 * LDAPS (636) and the global catalog (3268) to the two domain controllers, plus inbound connections
 * to servers.
 */
final class NetworkBackground {
  private NetworkBackground() {}

  static void write(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceNetworkEvents");
    long n = g.count(45_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      int kind = random.nextInt(100);
      Machine dc = g.domainController(random);
      int port = Generation.ephemeralPort(random);
      String action = random.nextInt(100) == 0 ? "ConnectionFailed" : "ConnectionSuccess";
      if (kind < 30) {
        Machine device = g.workstation(random);
        String site = Generation.pick(random, Names.WEB_SITES);
        ProcessRun edge =
            Processes.userApp(
                device, device.primaryUser(), t, Images.EDGE, Processes.quoted(Images.EDGE));
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            edge,
            action,
            Generation.publicAddress(site),
            443,
            site,
            port,
            "Tcp");
      } else if (kind < 45) {
        Machine device = g.workstation(random);
        Image app = Generation.pick(random, Images.OUTLOOK, Images.TEAMS, Images.ONEDRIVE);
        String host =
            app == Images.OUTLOOK
                ? "outlook.office365.com"
                : app == Images.TEAMS ? "teams.microsoft.com" : "contoso-my.sharepoint.com";
        ProcessRun process =
            Processes.userApp(device, device.primaryUser(), t, app, Processes.quoted(app));
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            process,
            action,
            Generation.publicAddress(host),
            443,
            host,
            port,
            "Tcp");
      } else if (kind < 53) {
        Machine device = Generation.pick(random, g.directory.machines);
        String host =
            "winatp-gw-" + Generation.pick(random, "eus", "weu", "cus") + ".microsoft.com";
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            Processes.sense(device, t),
            "ConnectionSuccess",
            Generation.publicAddress(host),
            443,
            host,
            port,
            "Tcp");
      } else if (kind < 63) {
        Machine device = client(g, random);
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            Processes.lsass(device, t),
            action,
            dc.ip(),
            88,
            "",
            port,
            "Tcp");
      } else if (kind < 71) {
        Machine device = client(g, random);
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            Processes.svchost(device, t, "NetworkService"),
            "ConnectionSuccess",
            dc.ip(),
            53,
            "",
            port,
            "Udp");
      } else if (kind < 77) {
        Machine device = client(g, random);
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            Processes.svchost(device, t, "netsvcs"),
            action,
            dc.ip(),
            445,
            "",
            port,
            "Tcp");
      } else if (kind < 86) {
        Machine device = client(g, random);
        ProcessRun process =
            random.nextBoolean()
                ? Processes.lsass(device, t)
                : Processes.svchost(device, t, "netsvcs");
        NetworkRows.outbound(
            g.sink, Sink.BACKGROUND, t, device, process, action, dc.ip(), 389, "", port, "Tcp");
      } else if (kind < 90) {
        Machine device = g.workstation(random);
        ProcessRun outlook =
            Processes.userApp(
                device, device.primaryUser(), t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            outlook,
            "ConnectionSuccess",
            dc.ip(),
            3268,
            "",
            port,
            "Tcp");
      } else if (kind < 92) {
        Machine device = g.directory.server("SRV-IAM01");
        ProcessRun sync =
            Processes.service(
                device,
                t,
                Images.IDENTITY_SYNC,
                Processes.quoted(Images.IDENTITY_SYNC) + " /service",
                ProcessRun.Identity.of(g.directory.service("svc-iam")));
        NetworkRows.outbound(
            g.sink,
            Sink.BACKGROUND,
            t,
            device,
            sync,
            "ConnectionSuccess",
            dc.ip(),
            636,
            "",
            port,
            "Tcp");
      } else {
        inbound(g, random, t);
      }
    }
  }

  private static Machine client(Generation g, SplittableRandom random) {
    return random.nextInt(4) == 0 ? g.server(random) : g.workstation(random);
  }

  private static void inbound(Generation g, SplittableRandom random, Instant t)
      throws SQLException {
    boolean sql = random.nextBoolean();
    Machine server = g.directory.server(sql ? "SRV-SQL01" : "SRV-WEB01");
    Machine client = g.workstation(random);
    ProcessRun listener =
        sql
            ? Processes.service(
                server,
                t,
                Images.SQL_SERVER,
                Processes.quoted(Images.SQL_SERVER) + " -sMSSQLSERVER",
                Identity.of(g.directory.service("svc-sql")))
            : Processes.service(
                server,
                t,
                Images.IIS_WORKER,
                "c:\\windows\\system32\\inetsrv\\w3wp.exe -ap \"Intranet\"",
                Identity.of(g.directory.service("svc-web")));
    var row = g.sink.table("DeviceNetworkEvents");
    row.set("Timestamp", t);
    RowFiller.device(row, server);
    row.set("ActionType", "InboundConnectionAccepted");
    row.set("RemoteIP", client.ip());
    row.set("RemotePort", Generation.ephemeralPort(random));
    row.set("LocalIP", server.ip());
    row.set("LocalPort", sql ? 1433 : 443);
    row.set("Protocol", "Tcp");
    row.set("LocalIPType", "Private");
    row.set("RemoteIPType", "Private");
    RowFiller.initiating(row, listener);
    g.sink.reportId(row, Sink.BACKGROUND);
    row.endRow();
  }
}
