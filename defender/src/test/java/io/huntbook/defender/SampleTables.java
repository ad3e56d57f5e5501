package io.huntbook.defender;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Tables with a column of every KQL type, for round trips through the emulator. */
public final class SampleTables {
  private SampleTables() {}

  public static ResultTable everyType() {
    List<Column> columns =
        List.of(
            new Column("Timestamp", KqlType.DATETIME),
            new Column("DeviceName", KqlType.STRING),
            new Column("ReportId", KqlType.LONG),
            new Column("Port", KqlType.INT),
            new Column("Score", KqlType.REAL),
            new Column("Amount", KqlType.DECIMAL),
            new Column("IsRemote", KqlType.BOOL),
            new Column("Elapsed", KqlType.TIMESPAN),
            new Column("DeviceId", KqlType.GUID),
            new Column("AdditionalFields", KqlType.DYNAMIC));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Instant.parse("2024-05-01T06:38:35.7664356Z"),
            "dc01.contoso.local",
            9_007_199_254_740_993L,
            389,
            0.25,
            new BigDecimal("12.50"),
            true,
            Duration.ofDays(1).plusHours(2).plusMillis(345),
            UUID.fromString("1fa66c0f-18bd-4133-b378-36d76f3a2ba0"),
            json("{\"SearchFilter\":\"(objectCategory=computer)\",\"Scope\":[2,\"sub\"]}")));
    rows.add(
        Arrays.asList(
            Instant.parse("2024-05-01T06:40:00Z"),
            "ws-17 \"quoted\" ünïcödé",
            -1L,
            null,
            Double.NaN,
            null,
            false,
            Duration.ofSeconds(-5),
            null,
            json("\"just a string\"")));
    rows.add(Arrays.asList(null, "", null, null, null, null, null, null, null, null));
    return new ResultTable(columns, rows);
  }

  public static ResultTable numbers(int count) {
    List<List<Object>> rows = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      rows.add(List.of(i));
    }
    return new ResultTable(List.of(new Column("n", KqlType.LONG)), rows);
  }

  private static Object json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
