package io.huntbook.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.engine.QueryException;
import io.huntbook.kql.types.KqlType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultJsonTest {

  @Test
  void encodesEveryTypeAsTheConformanceFilesDo() throws Exception {
    ResultTable table =
        new ResultTable(
            List.of(
                new Column("b", KqlType.BOOL),
                new Column("i", KqlType.INT),
                new Column("l", KqlType.LONG),
                new Column("r", KqlType.REAL),
                new Column("m", KqlType.DECIMAL),
                new Column("s", KqlType.STRING),
                new Column("t", KqlType.DATETIME),
                new Column("d", KqlType.TIMESPAN),
                new Column("g", KqlType.GUID),
                new Column("j", KqlType.DYNAMIC)),
            List.of(
                List.of(
                    true,
                    1,
                    2L,
                    Double.NaN,
                    new BigDecimal("1.5"),
                    "x",
                    Instant.parse("2007-01-01T00:00:00.1234567Z"),
                    Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4),
                    UUID.fromString("00000000-0000-0000-0000-000000000001"),
                    new ObjectMapper().readTree("{\"a\":[1,null]}")),
                Arrays.asList(null, null, null, 1.5, null, null, null, null, null, null)));
    assertThat(ResultJson.toJson(table))
        .isEqualTo(
            "{\"columns\":[{\"name\":\"b\",\"type\":\"bool\"},{\"name\":\"i\",\"type\":\"int\"},"
                + "{\"name\":\"l\",\"type\":\"long\"},{\"name\":\"r\",\"type\":\"real\"},"
                + "{\"name\":\"m\",\"type\":\"decimal\"},{\"name\":\"s\",\"type\":\"string\"},"
                + "{\"name\":\"t\",\"type\":\"datetime\"},{\"name\":\"d\",\"type\":\"timespan\"},"
                + "{\"name\":\"g\",\"type\":\"guid\"},{\"name\":\"j\",\"type\":\"dynamic\"}],"
                + "\"rows\":[[true,1,2,\"NaN\",1.5,\"x\",\"2007-01-01T00:00:00.1234567Z\","
                + "\"1.02:03:04\",\"00000000-0000-0000-0000-000000000001\",{\"a\":[1,null]}],"
                + "[null,null,null,1.5,null,\"\",null,null,null,null]]}");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 00:00:00",
    "1, 00:00:00.0000001",
    "18000000000, 00:30:00",
    "-18000000000, -00:30:00",
    "864000000001, 1.00:00:00.0000001",
    "-936000000000, -1.02:00:00"
  })
  void formatsTimespansAsKusto(long ticks, String text) {
    assertThat(KqlText.timespan(KqlText.durationOfTicks(ticks))).isEqualTo(text);
  }

  @Test
  void encodesErrorsWithCodeAndPlace() {
    QueryException error = new QueryException("KQL0101", "line 2:9: no column", 2, 9, List.of());
    assertThat(ResultJson.toJson(error))
        .isEqualTo(
            "{\"code\":\"KQL0101\",\"message\":\"line 2:9: no column\",\"line\":2,\"column\":9}");
  }
}
