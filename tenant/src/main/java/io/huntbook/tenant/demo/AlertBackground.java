package io.huntbook.tenant.demo;

import io.huntbook.tenant.truth.Technique;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Alerts unrelated to the attack: unwanted software, blocked phishing, risky sign-ins. */
final class AlertBackground {
  private AlertBackground() {}

  static void write(Generation g) throws SQLException {
    SplittableRandom random = g.random("AlertInfo");
    long n = g.count(40);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine device = g.workstation(random);
      Account user = device.primaryUser();
      long number = random.nextLong();
      switch (random.nextInt(4)) {
        case 0 ->
            AlertRows.write(
                g.sink,
                AlertRows.alertId(AlertRows.Source.ANTIVIRUS, number),
                t,
                "'Presenoker' unwanted software was prevented",
                "Malware",
                "Low",
                AlertRows.Source.ANTIVIRUS,
                List.of(),
                List.of(
                    AlertRows.machine(device),
                    new AlertRows.Evidence(
                        "File",
                        "Impacted",
                        Map.of(
                            "FileName",
                            "FreeVideoConverterSetup.exe",
                            "FolderPath",
                            "C:\\Users\\" + user.sam() + "\\Downloads",
                            "ThreatFamily",
                            "Presenoker",
                            "DeviceId",
                            device.deviceId(),
                            "DeviceName",
                            device.name()))));
        case 1 ->
            AlertRows.write(
                g.sink,
                AlertRows.alertId(AlertRows.Source.OFFICE, number),
                t,
                "Email messages containing malicious URL removed after delivery",
                "InitialAccess",
                "Informational",
                AlertRows.Source.OFFICE,
                List.of(Technique.PHISHING_ATTACHMENT),
                List.of(
                    AlertRows.user(user),
                    new AlertRows.Evidence(
                        "MailMessage",
                        "Impacted",
                        Map.of(
                            "NetworkMessageId", Ids.uuid(random).toString(),
                            "EmailSubject", "Your mailbox is almost full",
                            "AccountUpn", user.upn()))));
        case 2 ->
            AlertRows.write(
                g.sink,
                AlertRows.alertId(AlertRows.Source.ENTRA, number),
                t,
                "Unfamiliar sign-in properties",
                "InitialAccess",
                "Low",
                AlertRows.Source.ENTRA,
                List.of(),
                List.of(
                    AlertRows.user(user),
                    new AlertRows.Evidence(
                        "Ip",
                        "Related",
                        Map.of("RemoteIP", "192.0.2." + (1 + random.nextInt(200))))));
        default ->
            AlertRows.write(
                g.sink,
                AlertRows.alertId(AlertRows.Source.ENDPOINT, number),
                t,
                "Suspicious PowerShell command line",
                "Execution",
                "Informational",
                AlertRows.Source.ENDPOINT,
                List.of(Technique.POWERSHELL),
                List.of(AlertRows.machine(device), AlertRows.user(user)));
      }
    }
  }
}
