package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DeviceEvents other than LDAP searches (DNS answers, PowerShell commands, named pipes, API calls,
 * antivirus scans and the odd unwanted-software detection), and DeviceLogonEvents.
 */
final class DeviceEventsBackground {
  private DeviceEventsBackground() {}

  static void writeEvents(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceEvents");
    TableWriter row = g.sink.table("DeviceEvents");
    long n = g.count(12_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine device = g.workstation(random);
      Account user = device.primaryUser();
      int kind = random.nextInt(100);
      ProcessRun process;
      String action;
      String fields;
      if (kind < 35) {
        String site = Generation.pick(random, Names.WEB_SITES);
        process = Processes.userApp(device, user, t, Images.EDGE, Processes.quoted(Images.EDGE));
        action = "DnsQueryResponse";
        fields =
            Json.object(
                "DnsQueryString",
                site,
                "DnsQueryResult",
                List.of(
                    new Json.RawJson(
                        Json.object(
                            "DnsQueryType", "A", "Answer", Generation.publicAddress(site)))));
      } else if (kind < 50) {
        ProcessRun ccm =
            Processes.service(
                device, t, Images.CCM_EXEC, "C:\\Windows\\CCM\\CcmExec.exe", Identity.SYSTEM);
        process =
            Processes.child(
                ccm,
                Images.POWERSHELL,
                "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -NoLogo -NonInteractive -ExecutionPolicy Bypass",
                t.minusSeconds(5),
                i);
        action = "PowerShellCommand";
        fields =
            Json.object(
                "Command",
                Generation.pick(
                    random,
                    "Get-Service",
                    "Get-CimInstance",
                    "Test-Path",
                    "Get-ItemProperty",
                    "Out-Null",
                    "Import-Module"));
      } else if (kind < 65) {
        process = Processes.userApp(device, user, t, Images.TEAMS, Processes.quoted(Images.TEAMS));
        action = "NamedPipeEvent";
        fields =
            Json.object(
                "PipeName",
                "\\Device\\NamedPipe\\mojo." + random.nextInt(99999) + "." + random.nextInt(99999),
                "FileOperation",
                "File created",
                "NamedPipeEnd",
                "Server");
      } else if (kind < 80) {
        process = Processes.sense(device, t);
        action = "OpenProcessApiCall";
        fields = Json.object("DesiredAccess", 4096);
        ProcessRun target =
            Processes.userApp(device, user, t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
        row.set("FileName", target.image().fileName());
        row.set("FolderPath", target.image().folderPath());
        row.set("ProcessId", target.processId());
        row.set("ProcessCommandLine", target.commandLine());
        row.set("ProcessCreationTime", target.created());
      } else if (kind < 90) {
        process =
            Processes.userApp(device, user, t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
        action = "BrowserLaunchedToOpenUrl";
        row.set("RemoteUrl", "https://" + Generation.pick(random, Names.WEB_SITES) + "/");
        fields = "";
      } else if (kind < 98) {
        device = Generation.pick(random, g.directory.machines);
        process =
            Processes.service(
                device,
                t,
                Images.DEFENDER_ANTIVIRUS,
                Processes.quoted(Images.DEFENDER_ANTIVIRUS),
                Identity.SYSTEM);
        action = "AntivirusScanCompleted";
        fields = Json.object("ScanTypeIndex", "Quick", "Domain", "", "User", "");
      } else {
        process =
            Processes.service(
                device,
                t,
                Images.DEFENDER_ANTIVIRUS,
                Processes.quoted(Images.DEFENDER_ANTIVIRUS),
                Identity.SYSTEM);
        action = "AntivirusDetection";
        row.set("FileName", "FreeVideoConverterSetup.exe");
        row.set(
            "FolderPath", "C:\\Users\\" + user.sam() + "\\Downloads\\FreeVideoConverterSetup.exe");
        fields =
            Json.object(
                "ThreatName",
                "PUA:Win32/Presenoker",
                "WasRemediated",
                true,
                "WasExecutingWhileDetected",
                false,
                "Action",
                "quarantine");
      }
      row.set("Timestamp", t);
      RowFiller.device(row, device);
      row.set("ActionType", action);
      RowFiller.initiating(row, process);
      row.set("AdditionalFields", fields);
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  static void writeLogons(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceLogonEvents");
    TableWriter row = g.sink.table("DeviceLogonEvents");
    long n = g.count(10_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      int kind = random.nextInt(100);
      Machine device;
      Account account;
      String logonType;
      String protocol = "Negotiate";
      Machine remote = null;
      ProcessRun process;
      if (kind < 35) {
        device = g.workstation(random);
        account = device.primaryUser();
        logonType = random.nextInt(3) == 0 ? "Unlock" : "Interactive";
        process =
            new ProcessRun(
                Images.WINLOGON,
                Ids.processId(i, 9),
                "winlogon.exe",
                TimeWindow.dayOf(t).plusSeconds(18_000),
                Identity.SYSTEM,
                "System",
                "TokenElevationTypeDefault",
                999,
                null);
      } else if (kind < 70) {
        device = g.server(random);
        remote = g.workstation(random);
        account = remote.primaryUser();
        logonType = "Network";
        protocol = random.nextInt(5) == 0 ? "NTLM" : "Kerberos";
        process = Processes.lsass(device, t);
      } else if (kind < 80) {
        device = random.nextBoolean() ? g.server(random) : g.domainController(random);
        remote = g.adminWorkstation(random);
        account = g.admin(random);
        logonType = "RemoteInteractive";
        protocol = "Kerberos";
        process = Processes.lsass(device, t);
      } else if (kind < 95) {
        device = g.server(random);
        account = Generation.pick(random, g.directory.services);
        logonType = random.nextBoolean() ? "Service" : "Batch";
        process = Processes.services(device, t);
      } else {
        device = g.workstation(random);
        account =
            random.nextBoolean()
                ? device.primaryUser()
                : Generation.pick(random, g.directory.people);
        logonType = "Interactive";
        process = Processes.lsass(device, t);
        row.set("FailureReason", "InvalidUserNameOrPassword");
      }
      boolean failed = kind >= 95;
      row.set("Timestamp", t);
      RowFiller.device(row, device);
      row.set("ActionType", failed ? "LogonFailed" : "LogonSuccess");
      row.set("LogonType", logonType);
      row.set("AccountDomain", Directory.NETBIOS.toLowerCase(java.util.Locale.ROOT));
      row.set("AccountName", account.sam());
      row.set("AccountSid", account.sid());
      row.set("Protocol", protocol);
      row.set("IsLocalAdmin", account.isAdmin());
      row.set("LogonId", failed ? 0L : Processes.logonId(device, account, t));
      if (remote != null) {
        row.set("RemoteDeviceName", remote.shortName());
        row.set("RemoteIP", remote.ip());
        row.set("RemoteIPType", "Private");
        row.set("RemotePort", Generation.ephemeralPort(random));
      }
      RowFiller.initiating(row, process);
      row.set("AdditionalFields", "");
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }
}
