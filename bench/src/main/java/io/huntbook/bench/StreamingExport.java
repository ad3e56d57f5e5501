package io.huntbook.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Writes a streaming-API export as the Defender streaming API delivers it: one JSON record per
 * line, {@code {"time","tenantId","category":"AdvancedHunting-DeviceEvents","properties":{…}}},
 * with values that vary from row to row as real telemetry does.
 */
final class StreamingExport {
  private static final Instant START = Instant.parse("2026-11-06T12:00:00Z");
  private static final String TENANT = "8f2c1a9e-7b1d-4c3e-9a55-0d6b2f4e8c10";
  private static final String[] ACTIONS = {
    "PowerShellCommand",
    "AntivirusScanCompleted",
    "LdapSearch",
    "NamedPipeEvent",
    "ProcessCreatedUsingWmiQuery",
    "ScheduledTaskCreated"
  };

  private StreamingExport() {}

  /** Writes {@code rows} records to {@code file}. */
  static void write(Path file, long rows) throws IOException {
    JsonFactory factory = new JsonFactory();
    HexFormat hex = HexFormat.of();
    try (JsonGenerator out = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      for (long i = 0; i < rows; i++) {
        String time = START.plusMillis(i * 250).toString();
        long device = i % 150;
        out.writeStartObject();
        out.writeStringField("time", time);
        out.writeStringField("tenantId", TENANT);
        out.writeStringField("category", "AdvancedHunting-DeviceEvents");
        out.writeObjectFieldStart("properties");
        out.writeStringField("Timestamp", time);
        out.writeStringField("DeviceId", hex.toHexDigits(device * 0x9E3779B97F4A7C15L) + "0000");
        out.writeStringField("DeviceName", "ws-" + device + ".contoso.local");
        out.writeStringField("ActionType", ACTIONS[(int) (i % ACTIONS.length)]);
        out.writeStringField("FileName", "tool" + (i % 977) + ".exe");
        out.writeStringField("FolderPath", "C:\\Program Files\\Vendor\\tool" + (i % 977) + ".exe");
        out.writeStringField("SHA1", hex.toHexDigits(i * 0x2545F4914F6CDD1DL) + "0123456789abcdef");
        out.writeNumberField("FileSize", (i * 7919) % 5_000_000);
        out.writeStringField("AccountDomain", "contoso");
        out.writeStringField("AccountName", "user" + (i % 500));
        out.writeStringField(
            "AccountSid", "S-1-5-21-1004336348-1177238915-682003330-" + (1000 + i % 500));
        out.writeNumberField("ProcessId", 4 * i);
        out.writeStringField(
            "ProcessCommandLine", "tool" + (i % 977) + ".exe --mode " + (i % 13) + " --id " + i);
        out.writeStringField("RemoteIP", "10.0." + (i % 250) + "." + (device + 1));
        out.writeNumberField("RemotePort", 1024 + (int) (i % 60_000));
        out.writeStringField("InitiatingProcessFileName", "explorer.exe");
        out.writeStringField("InitiatingProcessFolderPath", "C:\\Windows\\explorer.exe");
        out.writeNumberField("InitiatingProcessId", 4 * i - 4);
        out.writeNumberField("ReportId", i);
        out.writeStringField("AdditionalFields", "{\"Command\":\"Get-Item\",\"Index\":" + i + "}");
        out.writeBooleanField("IsProcessRemoteSession", i % 17 == 0);
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
      }
    }
  }
}
