package io.huntbook.tenant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A streaming export larger than the heap of the JVM that imports it: the import must stream
 * (reading the file whole would need more than twice its size as Java characters).
 */
class LargeImportTest {
  private static final Path DIRECTORY = Path.of("target", "large-import");
  private static final int LINES = 120_000;

  @AfterEach
  void removeTheFiles() throws Exception {
    if (Files.exists(DIRECTORY)) {
      try (var paths = Files.walk(DIRECTORY)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aFileOfSeveralHundredMegabytesImportsWithAHalfGigabyteHeap() throws Exception {
    Files.createDirectories(DIRECTORY);
    Path file = DIRECTORY.resolve("export.json");
    String padding = "A".repeat(2_100);
    Instant start = Instant.parse("2026-11-01T00:00:00Z");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        String time = start.plusSeconds(i).toString();
        out.write(
            "{\"time\":\""
                + time
                + "\",\"tenantId\":\"t\",\"category\":\"AdvancedHunting-DeviceProcessEvents\","
                + "\"properties\":{\"Timestamp\":\""
                + time
                + "\",\"DeviceId\":\"d"
                + (i % 150)
                + "\",\"DeviceName\":\"ws-"
                + (i % 150)
                + ".contoso.local\",\"ActionType\":\"ProcessCreated\","
                + "\"FileName\":\"powershell.exe\",\"ProcessId\":"
                + (4 * i)
                + ",\"ReportId\":"
                + i
                + ",\"ProcessCommandLine\":\"powershell.exe -enc "
                + padding
                + "\"}}\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(250L << 20);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx512m",
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeImportMain.class.getName(),
                    DIRECTORY.resolve("ws").toString(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("rows=" + LINES + " skipped=0 heapMB=");
  }
}
