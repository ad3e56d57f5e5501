package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import io.huntbook.tenant.truth.Technique;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes an alert (AlertInfo) with its evidence (AlertEvidence). */
final class AlertRows {
  private AlertRows() {}

  /** Where an alert came from: its service, detection source and id prefix. */
  enum Source {
    ENDPOINT("Microsoft Defender for Endpoint", "EDR", "da"),
    ANTIVIRUS("Microsoft Defender for Endpoint", "Antivirus", "da"),
    IDENTITY("Microsoft Defender for Identity", "Microsoft Defender for Identity", "aa"),
    OFFICE("Microsoft Defender for Office 365", "Microsoft Defender for Office 365", "fa"),
    ENTRA("Microsoft Entra ID Protection", "Microsoft Entra ID Protection", "ad");

    final String service;
    final String detection;
    final String prefix;

    Source(String service, String detection, String prefix) {
      this.service = service;
      this.detection = detection;
      this.prefix = prefix;
    }
  }

  /**
   * One piece of evidence: its entity type ({@code Process}, {@code User}, {@code Machine}, {@code
   * File}, {@code Ip}, {@code MailMessage}), role ({@code Impacted}, {@code Related}) and columns.
   */
  record Evidence(String entityType, String role, Map<String, Object> columns) {}

  static String alertId(Source source, long number) {
    return source.prefix + (638_600_000_000_000_000L + Math.floorMod(number, 99_999_999_999_999L));
  }

  static void write(
      Sink sink,
      String alertId,
      Instant time,
      String title,
      String category,
      String severity,
      Source source,
      List<Technique> techniques,
      List<Evidence> evidence)
      throws SQLException {
    String attackTechniques = Json.array(techniques.stream().map(Technique::alertName).toList());
    TableWriter info = sink.table("AlertInfo");
    info.set("Timestamp", time);
    info.set("AlertId", alertId);
    info.set("Title", title);
    info.set("Category", category);
    info.set("Severity", severity);
    info.set("ServiceSource", source.service);
    info.set("DetectionSource", source.detection);
    info.set("AttackTechniques", attackTechniques);
    info.endRow();
    TableWriter row = sink.table("AlertEvidence");
    for (Evidence e : evidence) {
      row.set("Timestamp", time);
      row.set("AlertId", alertId);
      row.set("Title", title);
      row.set("Categories", Json.array(List.of(category)));
      row.set("AttackTechniques", attackTechniques);
      row.set("ServiceSource", source.service);
      row.set("DetectionSource", source.detection);
      row.set("EntityType", e.entityType());
      row.set("EvidenceRole", e.role());
      row.set("Severity", severity);
      row.set("AdditionalFields", "{}");
      for (Map.Entry<String, Object> column : e.columns().entrySet()) {
        row.set(column.getKey(), column.getValue());
      }
      row.endRow();
    }
  }

  static Evidence machine(Machine m) {
    return new Evidence(
        "Machine",
        "Impacted",
        Map.of("DeviceId", m.deviceId(), "DeviceName", m.name(), "LocalIP", m.ip()));
  }

  static Evidence user(Account a) {
    return new Evidence(
        "User",
        "Impacted",
        Map.of(
            "AccountName", a.sam(),
            "AccountDomain", Directory.NETBIOS,
            "AccountSid", a.sid(),
            "AccountObjectId", a.objectId(),
            "AccountUpn", a.upn()));
  }

  static Evidence process(Machine m, ProcessRun p) {
    return new Evidence(
        "Process",
        "Related",
        Map.of(
            "DeviceId", m.deviceId(),
            "DeviceName", m.name(),
            "FileName", p.image().fileName(),
            "FolderPath", p.image().folderPath(),
            "SHA1", p.image().sha1(),
            "SHA256", p.image().sha256(),
            "FileSize", p.image().size(),
            "ProcessCommandLine", p.commandLine()));
  }
}
