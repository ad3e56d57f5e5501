package io.huntbook.kql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.types.KqlType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal texts KQL accepts, decoded to the values the syntax tree holds, and back. */
class LiteralSyntaxTest {

  @ParameterizedTest(name = "datetime({0})")
  @CsvSource(
      delimiterString = "->",
      textBlock =
          """
          2024-01-01 -> 2024-01-01T00:00:00Z
          2024-01-01 10:00 -> 2024-01-01T10:00:00Z
          2024-01-01 10:00:00.1234567 -> 2024-01-01T10:00:00.123456700Z
          2024-01-01T10:00:00Z -> 2024-01-01T10:00:00Z
          2024-01-01T10:00:00.5+02:00 -> 2024-01-01T08:00:00.500Z
          '"2021-05-04"' -> 2021-05-04T00:00:00Z
          01/16/2022 00:00:00 -> 2022-01-16T00:00:00Z
          'Sat, 8 Nov 2014 15:05:02 GMT' -> 2014-11-08T15:05:02Z
          'Saturday, 08-Nov-14 15:05:02 GMT' -> 2014-11-08T15:05:02Z
          """)
  void decodesDatetimes(String text, String expected) {
    assertThat(LiteralSyntax.datetime(text)).contains(Instant.parse(expected));
  }

  @ParameterizedTest(name = "datetime({0}) is invalid")
  @ValueSource(strings = {"2024-13-01", "2024-02-30", "yesterday", "2024-01-01 25:00", ""})
  void rejectsInvalidDatetimes(String text) {
    assertThat(LiteralSyntax.datetime(text)).isEmpty();
  }

  @ParameterizedTest(name = "timespan({0})")
  @CsvSource(
      delimiterString = "->",
      textBlock =
          """
          1.02:03:04 -> PT26H3M4S
          00:30:00.5 -> PT30M0.5S
          -01:00:00 -> PT-1H
          2d -> PT48H
          1.5h -> PT1H30M
          15 seconds -> PT15S
          2 -> PT48H
          100ms -> PT0.1S
          5microsecond -> PT0.000005S
          3ticks -> PT0.0000003S
          -1d -> PT-24H
          """)
  void decodesTimespans(String text, String expected) {
    assertThat(LiteralSyntax.timespan(text)).contains(Duration.parse(expected));
  }

  @ParameterizedTest(name = "timespan({0}) is invalid")
  @ValueSource(strings = {"1x", "1ns", "abc", "1:2:3:4"})
  void rejectsInvalidTimespans(String text) {
    assertThat(LiteralSyntax.timespan(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}({1})")
  @CsvSource(
      delimiterString = "->",
      textBlock =
          """
          BOOL | true -> true
          BOOL | null -> null
          INT | -7 -> -7
          INT | 2147483648 -> invalid
          LONG | 0x1F -> 31
          LONG | 9223372036854775807 -> 9223372036854775807
          REAL | nan -> NaN
          REAL | +inf -> Infinity
          REAL | 1e3 -> 1000.0
          DECIMAL | 1.50 -> 1.50
          GUID | 74BE27DE-1E4E-49D9-B579-FE0B331D3642 -> 74be27de-1e4e-49d9-b579-fe0b331d3642
          GUID | not-a-guid -> invalid
          """)
  void decodesTypedLiterals(String typeAndText, String expected) {
    String[] parts = typeAndText.split("\\|");
    var value = LiteralSyntax.typed(KqlType.valueOf(parts[0].strip()), parts[1].strip());
    String actual = value.map(v -> String.valueOf(v.value())).orElse("invalid");
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PT0S", "PT26H3M4.1234567S", "PT-49H-0.5S", "PT0.0000001S"})
  void formattedTimespansDecodeToTheSameValue(String iso) {
    Duration duration = Duration.parse(iso);
    assertThat(LiteralSyntax.timespan(LiteralSyntax.formatTimespan(duration))).contains(duration);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-01-01T00:00:00Z", "1999-12-31T23:59:59.9999999Z"})
  void formattedDatetimesDecodeToTheSameValue(String iso) {
    Instant instant = Instant.parse(iso);
    assertThat(LiteralSyntax.formatDatetime(instant)).hasSize(28);
    assertThat(LiteralSyntax.datetime(LiteralSyntax.formatDatetime(instant))).contains(instant);
  }
}
