package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Ordinary process creation (DeviceProcessEvents) and DLL loads (DeviceImageLoadEvents): users
 * starting Office and the browser, Windows services and scheduled tasks, logon scripts and
 * configuration management running PowerShell, administrators at their consoles.
 */
final class ProcessBackground {
  private ProcessBackground() {}

  static void write(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceProcessEvents");
    TableWriter row = g.sink.table("DeviceProcessEvents");
    long n = g.count(30_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine device;
      ProcessRun child;
      int kind = random.nextInt(100);
      if (kind < 30) {
        device = g.workstation(random);
        Account user = device.primaryUser();
        Image app =
            Generation.pick(
                random,
                Images.EDGE,
                Images.OUTLOOK,
                Images.WORD,
                Images.EXCEL,
                Images.TEAMS,
                Images.ONEDRIVE);
        String commandLine =
            app == Images.WORD || app == Images.EXCEL
                ? Processes.quoted(app)
                    + " /n \"C:\\Users\\"
                    + user.sam()
                    + "\\Documents\\"
                    + Generation.pick(random, Names.DOCUMENTS)
                    + "\""
                : Processes.quoted(app);
        child = Processes.child(Processes.explorer(device, user, t), app, commandLine, t, i);
      } else if (kind < 45) {
        device = g.workstation(random);
        ProcessRun edge =
            Processes.userApp(
                device, device.primaryUser(), t, Images.EDGE, Processes.quoted(Images.EDGE));
        child =
            Processes.child(
                edge,
                Images.EDGE,
                Processes.quoted(Images.EDGE)
                    + " --type=renderer --lang=en-US --js-flags=--ms-user-locale= --device-scale-factor=1 --num-raster-threads=4 --renderer-client-id="
                    + (5 + random.nextInt(400))
                    + " --mojo-platform-channel-handle="
                    + (3000 + random.nextInt(9000))
                    + " /prefetch:1",
                t,
                i);
      } else if (kind < 62) {
        device = Generation.pick(random, g.directory.machines);
        ProcessRun host = Processes.svchost(device, t, "netsvcs");
        Image image =
            Generation.pick(
                random,
                Images.TASKHOSTW,
                Images.RUNTIME_BROKER,
                Images.SEARCH_INDEXER,
                Images.CONHOST);
        child =
            Processes.child(
                host,
                image,
                image.fileName() + (image == Images.TASKHOSTW ? " Install $(Arg0)" : " -Embedding"),
                t,
                i);
      } else if (kind < 68) {
        device = Generation.pick(random, g.directory.machines);
        ProcessRun ccm =
            Processes.service(
                device, t, Images.CCM_EXEC, "C:\\Windows\\CCM\\CcmExec.exe", Identity.SYSTEM);
        child =
            Processes.child(
                ccm,
                Images.POWERSHELL,
                "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -NoLogo -NonInteractive -ExecutionPolicy Bypass -File C:\\Windows\\CCM\\SystemTemp\\"
                    + Ids.uuid(random)
                    + ".ps1",
                t,
                i);
      } else if (kind < 74) {
        device = g.workstation(random);
        ProcessRun explorer = Processes.explorer(device, device.primaryUser(), t);
        child =
            Processes.child(
                explorer.parent(),
                Images.POWERSHELL,
                "powershell.exe -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File \\\\contoso.local\\NETLOGON\\MapDrives.ps1",
                explorer.created().plusSeconds(5),
                i);
      } else if (kind < 80) {
        device = g.workstation(random);
        ProcessRun cmd =
            Processes.child(
                Processes.explorer(device, device.primaryUser(), t),
                Images.CMD,
                "\"C:\\Windows\\system32\\cmd.exe\"",
                t.minusSeconds(40),
                i);
        Image tool = Generation.pick(random, Images.IPCONFIG, Images.IPCONFIG, Images.WHOAMI);
        String args =
            tool == Images.IPCONFIG
                ? Generation.pick(random, "ipconfig /all", "ipconfig /flushdns", "ipconfig")
                : "whoami";
        child = Processes.child(cmd, tool, args, t, i);
      } else if (kind < 90) {
        device = random.nextBoolean() ? g.adminWorkstation(random) : g.server(random);
        Account admin = g.admin(random);
        ProcessRun explorer = Processes.explorer(device, admin, t);
        explorer =
            new ProcessRun(
                explorer.image(),
                explorer.processId(),
                explorer.commandLine(),
                explorer.created(),
                explorer.account(),
                "High",
                "TokenElevationTypeFull",
                explorer.logonId(),
                explorer.parent());
        child = adminTool(random, explorer, t, i, g);
      } else {
        device = g.server(random);
        ProcessRun host = Processes.svchost(device, t, "netsvcs");
        Image image = Generation.pick(random, Images.TASKHOSTW, Images.GPUPDATE, Images.CONHOST);
        child =
            Processes.child(
                host,
                image,
                image == Images.GPUPDATE ? "gpupdate.exe /target:computer" : image.fileName(),
                t,
                i);
      }
      writeCreated(g.sink, Sink.BACKGROUND, row, t, device, child);
      if (random.nextInt(3) == 0) {
        ImageLoads.write(
            g.sink, Sink.BACKGROUND, t.plusMillis(40 + random.nextInt(900)), device, child, random);
      }
    }
  }

  private static ProcessRun adminTool(
      SplittableRandom random, ProcessRun console, Instant t, long i, Generation g) {
    return switch (random.nextInt(5)) {
      case 0 ->
          Processes.child(
              console,
              Images.POWERSHELL,
              "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\"",
              t,
              i);
      case 1 ->
          Processes.child(
              console,
              Images.MMC,
              "\"C:\\Windows\\system32\\mmc.exe\" \"C:\\Windows\\system32\\dsa.msc\"",
              t,
              i);
      case 2 ->
          Processes.child(
              console,
              Images.SETSPN,
              "setspn.exe -L "
                  + Generation.pick(random, "svc-sql", "svc-web", "svc-backup", "SRV-SQL01"),
              t,
              i);
      case 3 -> Processes.child(console, Images.LAPS_UI, Processes.quoted(Images.LAPS_UI), t, i);
      default -> Processes.child(console, Images.GPUPDATE, "gpupdate /force", t, i);
    };
  }

  /**
   * One DeviceProcessEvents row for a new process.
   *
   * @return its ReportId
   */
  static String writeCreated(
      Sink sink, int stream, TableWriter row, Instant t, Machine device, ProcessRun process)
      throws SQLException {
    row.set("Timestamp", t);
    RowFiller.device(row, device);
    row.set("ActionType", "ProcessCreated");
    RowFiller.process(row, process);
    if (process.parent() != null) {
      RowFiller.initiating(row, process.parent());
    }
    row.set("AdditionalFields", "");
    String id = sink.reportId(row, stream);
    row.endRow();
    return id;
  }
}
