package io.huntbook.tenant.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.huntbook.kql.types.KqlType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueConverterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-08-30T06:38:35.7664356Z|2020-08-30T06:38:35.766435600Z",
        "2026-11-18T09:14:05Z|2026-11-18T09:14:05Z",
        "2026-11-18 09:14:05.85|2026-11-18T09:14:05.850Z",
        "2026-11-18T09:14:05.123|2026-11-18T09:14:05.123Z",
        "2026-11-18T10:14:05+01:00|2026-11-18T09:14:05Z",
        "11/18/2026 9:14:05 AM|2026-11-18T09:14:05Z",
        "11/18/2026, 9:14:05.123 PM|2026-11-18T21:14:05.123Z",
        "Nov 18, 2026 9:14:05 AM|2026-11-18T09:14:05Z"
      })
  void datetimesInTheFormsExportsUse(String text, String expected) throws Exception {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"42\"|long|42",
        "42|long|42",
        "\"true\"|bool|true",
        "\"False\"|bool|false",
        "1|bool|true",
        "\"3.5\"|real|3.5",
        "{\"a\":[1,2]}|dynamic|{\"a\":[1,2]}",
        "\"{\\\"a\\\": 1}\"|dynamic|{\"a\":1}",
        "\"plain text\"|dynamic|\"plain text\"",
        "{\"a\":1}|string|{\"a\":1}",
        "\"1.02:03:04.5\"|timespan|937845000000",
        "\"\"|long|null",
        "\"\"|string|(empty)",
        "null|string|null"
      })
  void valuesAreTypedByTheirColumn(String json, String type, String expected) throws Exception {
    Object value =
        ValueConverter.convert(KqlType.fromName(type).orElseThrow(), JSON.readTree(json));
    String shown =
        value == null ? "null" : value.toString().isEmpty() ? "(empty)" : value.toString();
    assertThat(shown).isEqualTo(expected);
  }

  @Test
  void valuesThatDoNotFitAreRejectedWithTheValue() {
    assertThatThrownBy(() -> ValueConverter.convert(KqlType.LONG, TextNode.valueOf("12abc")))
        .isInstanceOf(ConversionException.class)
        .hasMessage("not a long: \"12abc\"");
    assertThatThrownBy(() -> ValueConverter.convert(KqlType.INT, JSON.readTree("4294967296")))
        .hasMessage("out of range for int: 4294967296");
    assertThatThrownBy(() -> ValueConverter.convert(KqlType.BOOL, TextNode.valueOf("yes")))
        .hasMessage("not a bool: \"yes\"");
    assertThatThrownBy(() -> Timestamps.parse("last tuesday"))
        .hasMessage("not a datetime: \"last tuesday\"");
  }
}
