package io.huntbook.defender.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ResultTable read(String json, int rowLimit) throws Exception {
    return new ResponseReader(JSON, rowLimit)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheDocumentedDefenderExampleWithStats() throws Exception {
    ResultTable table =
        read(
            """
            {"Stats":{"ExecutionTime":4.621215,"resource_usage":{"cpu":{"total cpu":"00:00:19.0625000"}},
              "dataset_statistics":[{"table_row_count":2,"table_size":102}],"Missing":null},
             "Schema":[{"Name":"Timestamp","Type":"DateTime"},{"Name":"FileName","Type":"String"}],
             "Results":[{"Timestamp":"2020-08-30T06:38:35.7664356Z","FileName":"conhost.exe"}]}
            """,
            100_000);

    assertThat(table.columns())
        .containsExactly(
            new Column("Timestamp", KqlType.DATETIME), new Column("FileName", KqlType.STRING));
    assertThat(table.rows().get(0))
        .containsExactly(Instant.parse("2020-08-30T06:38:35.7664356Z"), "conhost.exe");
    assertThat(table.stats()).containsEntry("ExecutionTime", 4.621215).doesNotContainKey("Missing");
    assertThat(((Map<?, ?>) table.stats().get("resource_usage")).containsKey("cpu")).isTrue();
    assertThat(table.truncated()).isFalse();
  }

  @Test
  void readsGraphsLowerCaseShapeAndIgnoresODataContext() throws Exception {
    ResultTable table =
        read(
            """
            {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#x",
             "schema":[{"name":"DeviceId","type":"String"},{"Name":"Count","Type":"Int64"}],
             "results":[{"DeviceId":"d1","Count":9007199254740993}]}
            """,
            100_000);

    assertThat(table.rows().get(0)).containsExactly("d1", 9_007_199_254_740_993L);
  }

  @Test
  void resultsBeforeTheSchemaAreKeptUntilItArrives() throws Exception {
    ResultTable table =
        read(
            """
            {"Results":[{"n":1},{"n":2}],"Schema":[{"Name":"n","Type":"Int32"}]}
            """,
            100_000);

    assertThat(table.rows()).containsExactly(java.util.List.of(1), java.util.List.of(2));
  }

  @Test
  void signedByteBoolsNullStringsMissingKeysAndSpecialDoubles() throws Exception {
    ResultTable table =
        read(
            """
            {"Schema":[{"Name":"IsRemote","Type":"SByte"},{"Name":"Name","Type":"String"},
                       {"Name":"Score","Type":"Double"},{"Name":"Elapsed","Type":"TimeSpan"},
                       {"Name":"Extra","Type":"Dynamic"}],
             "Results":[{"IsRemote":1,"Name":null,"Score":"NaN","Elapsed":"1.02:03:04.5000000","Extra":{"a":[1]}},
                        {"isremote":0,"Score":"-Infinity","Elapsed":"-00:00:05","Extra":null}]}
            """,
            100_000);

    assertThat(table.rows().get(0).get(0)).isEqualTo(true);
    assertThat(table.rows().get(0).get(1)).isEqualTo("");
    assertThat((Double) table.rows().get(0).get(2)).isNaN();
    assertThat(table.rows().get(0).get(3))
        .isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusMillis(500));
    assertThat(((JsonNode) table.rows().get(0).get(4)).get("a").get(0).asInt()).isEqualTo(1);
    assertThat(table.rows().get(1).get(0)).isEqualTo(false);
    assertThat(table.rows().get(1).get(1)).isEqualTo("");
    assertThat(table.rows().get(1).get(2)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(table.rows().get(1).get(3)).isEqualTo(Duration.ofSeconds(-5));
    assertThat(table.rows().get(1).get(4)).isNull();
  }

  @Test
  void anUnknownTypeIsKeptAsRawJson() throws Exception {
    ResultTable table =
        read(
            """
            {"Schema":[{"Name":"Odd","Type":"System.Numerics.Complex"}],"Results":[{"Odd":{"re":1,"im":2}}]}
            """,
            100_000);

    assertThat(table.columns().get(0).type()).isEqualTo(KqlType.DYNAMIC);
    assertThat(table.rows().get(0).get(0)).isInstanceOf(JsonNode.class);
  }

  @Test
  void aResultAtTheRowLimitIsTruncated() throws Exception {
    ResultTable table =
        read(
            """
            {"Schema":[{"Name":"n","Type":"Int64"}],"Results":[{"n":1},{"n":2},{"n":3}]}
            """,
            3);

    assertThat(table.truncated()).isTrue();
  }

  @Test
  void aValueItsTypeDoesNotAllowIsAClearError() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    {"Schema":[{"Name":"When","Type":"DateTime"}],"Results":[{"When":"yesterday"}]}
                    """,
                    10))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("column When is datetime")
        .hasMessageContaining("yesterday");
    assertThatThrownBy(() -> read("{\"Results\":[]}", 10))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("no Schema");
    assertThatThrownBy(() -> read("[1]", 10)).isInstanceOf(MalformedResponseException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "String, STRING", "DateTime, DATETIME", "Int32, INT", "Int64, LONG", "Double, REAL",
    "Boolean, BOOL", "SByte, BOOL", "Object, DYNAMIC", "Dynamic, DYNAMIC", "Guid, GUID",
    "TimeSpan, TIMESPAN", "System.Int64, LONG", "long, LONG", "Decimal, DECIMAL",
        "Whatever, DYNAMIC"
  })
  void serviceTypeNamesMapToKqlTypes(String name, KqlType type) {
    assertThat(ServiceTypeNames.toKql(name)).isEqualTo(type);
  }

  @Test
  void everyKqlTypeReadsBackFromTheNameTheEmulatorWrites() {
    for (KqlType type : KqlType.values()) {
      KqlType expected = type == KqlType.UNKNOWN ? KqlType.DYNAMIC : type;
      assertThat(ServiceTypeNames.toKql(ServiceTypeNames.fromKql(type))).isEqualTo(expected);
    }
  }
}
