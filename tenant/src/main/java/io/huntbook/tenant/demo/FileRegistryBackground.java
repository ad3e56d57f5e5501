package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * File activity (DeviceFileEvents: downloads, documents, Outlook attachments, OneDrive, Windows
 * Update, Defender signatures, SMB writes to the file server) and registry activity
 * (DeviceRegistryEvents).
 */
final class FileRegistryBackground {
  private FileRegistryBackground() {}

  static void writeFiles(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceFileEvents");
    TableWriter row = g.sink.table("DeviceFileEvents");
    long n = g.count(20_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      int kind = random.nextInt(100);
      Machine device = g.workstation(random);
      Account user = device.primaryUser();
      String home = "C:\\Users\\" + user.sam() + "\\";
      String document = Generation.pick(random, Names.DOCUMENTS);
      ProcessRun process;
      String action = "FileCreated";
      String folder;
      String file = document;
      if (kind < 20) {
        process = Processes.userApp(device, user, t, Images.EDGE, Processes.quoted(Images.EDGE));
        folder = home + "Downloads\\";
        String site = Generation.pick(random, Names.WEB_SITES);
        row.set("FileOriginUrl", "https://" + site + "/download/" + document.replace(' ', '_'));
        row.set("FileOriginIP", Generation.publicAddress(site));
        row.set("FileOriginReferrerUrl", "https://" + site + "/");
      } else if (kind < 40) {
        Image app = document.endsWith(".xlsx") ? Images.EXCEL : Images.WORD;
        process = Processes.userApp(device, user, t, app, Processes.quoted(app));
        folder = home + "Documents\\";
        action = "FileModified";
      } else if (kind < 55) {
        process =
            Processes.userApp(device, user, t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
        folder =
            home
                + "AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\"
                + Ids.hex(random, 8).toUpperCase(java.util.Locale.ROOT)
                + "\\";
      } else if (kind < 75) {
        process =
            Processes.userApp(
                device,
                user,
                t,
                Images.ONEDRIVE,
                Processes.quoted(Images.ONEDRIVE) + " /background");
        folder = home + "OneDrive - Contoso\\";
        action =
            Generation.pick(random, "FileCreated", "FileModified", "FileRenamed", "FileDeleted");
      } else if (kind < 85) {
        device = Generation.pick(random, g.directory.machines);
        process = Processes.svchost(device, t, "netsvcs");
        folder = "C:\\Windows\\SoftwareDistribution\\Download\\" + Ids.hex(random, 32) + "\\";
        file = "windows10.0-kb50" + (10000 + random.nextInt(89999)) + "-x64.cab";
      } else if (kind < 92) {
        device = Generation.pick(random, g.directory.machines);
        process =
            Processes.service(
                device,
                t,
                Images.DEFENDER_ANTIVIRUS,
                Processes.quoted(Images.DEFENDER_ANTIVIRUS),
                Identity.SYSTEM);
        folder =
            "C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\{"
                + Ids.uuid(random).toString().toUpperCase(java.util.Locale.ROOT)
                + "}\\";
        file = Generation.pick(random, "mpavbase.vdm", "mpasdlta.vdm", "mpavdlta.vdm");
      } else {
        Machine client = device;
        device = g.directory.server(random.nextBoolean() ? "SRV-FILE01" : "SRV-FILE02");
        process =
            new ProcessRun(
                Images.SYSTEM,
                4,
                "",
                Instant.EPOCH,
                Identity.SYSTEM,
                "System",
                "TokenElevationTypeDefault",
                999,
                null);
        folder = "D:\\Shares\\" + user.department() + "\\";
        row.set("RequestProtocol", "SMB");
        row.set("RequestSourceIP", client.ip());
        row.set("RequestSourcePort", 49152 + random.nextInt(16000));
        row.set("RequestAccountName", user.sam());
        row.set("RequestAccountDomain", Directory.NETBIOS);
        row.set("RequestAccountSid", user.sid());
        row.set("ShareName", user.department());
        action = random.nextBoolean() ? "FileCreated" : "FileModified";
      }
      row.set("Timestamp", t);
      RowFiller.device(row, device);
      row.set("ActionType", action);
      row.set("FileName", file);
      row.set("FolderPath", folder + file);
      String content = folder + file + i;
      row.set("SHA1", Ids.digest("SHA-1", content));
      row.set("SHA256", Ids.digest("SHA-256", content));
      row.set("MD5", Ids.digest("MD5", content));
      row.set("FileSize", 2_000L + random.nextLong(4_000_000L));
      if (action.equals("FileRenamed")) {
        row.set("PreviousFileName", "~" + file);
        row.set("PreviousFolderPath", folder + "~" + file);
      }
      RowFiller.initiating(row, process);
      row.set("IsAzureInfoProtectionApplied", false);
      row.set("AdditionalFields", "");
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  static void writeRegistry(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceRegistryEvents");
    TableWriter row = g.sink.table("DeviceRegistryEvents");
    long n = g.count(8_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine device = g.workstation(random);
      Account user = device.primaryUser();
      String userHive = "HKEY_CURRENT_USER\\" + user.sid();
      ProcessRun process;
      String key;
      String name;
      String data;
      String type = "String";
      switch (random.nextInt(5)) {
        case 0 -> {
          process = Processes.explorer(device, user, t);
          key =
              userHive
                  + "\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RecentDocs\\.docx";
          name = Integer.toString(random.nextInt(40));
          data = Generation.pick(random, Names.DOCUMENTS);
          type = "Binary";
        }
        case 1 -> {
          process =
              Processes.userApp(
                  device, user, t, Images.ONEDRIVE, Processes.quoted(Images.ONEDRIVE));
          key = userHive + "\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
          name = "OneDrive";
          data = "\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\" /background";
        }
        case 2 -> {
          device = Generation.pick(random, g.directory.machines);
          process =
              Processes.service(
                  device,
                  t,
                  Images.DEFENDER_ANTIVIRUS,
                  Processes.quoted(Images.DEFENDER_ANTIVIRUS),
                  Identity.SYSTEM);
          key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Defender\\Signature Updates";
          name = "AVSignatureVersion";
          data = "1.421." + (100 + random.nextInt(800)) + ".0";
        }
        case 3 -> {
          device = Generation.pick(random, g.directory.machines);
          process = Processes.svchost(device, t, "netsvcs");
          key =
              "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Results\\Detect";
          name = "LastSuccessTime";
          data = t.toString();
        }
        default -> {
          process =
              Processes.userApp(device, user, t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
          key =
              userHive
                  + "\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\"
                  + Ids.hex(random, 32);
          name = "01020fff";
          data = Ids.hex(random, 16);
          type = "Binary";
        }
      }
      row.set("Timestamp", t);
      RowFiller.device(row, device);
      row.set("ActionType", random.nextInt(10) == 0 ? "RegistryKeyCreated" : "RegistryValueSet");
      row.set("RegistryKey", key);
      row.set("RegistryValueType", type);
      row.set("RegistryValueName", name);
      row.set("RegistryValueData", data);
      RowFiller.initiating(row, process);
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }
}
