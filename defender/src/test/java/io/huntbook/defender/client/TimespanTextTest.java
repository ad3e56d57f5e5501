package io.huntbook.defender.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimespanTextTest {

  @ParameterizedTest
  @CsvSource({
    "00:00:19.0468750, PT19.046875S",
    "1.02:03:04, PT26H3M4S",
    "-00:00:05, PT-5S",
    "00:00:00.0000001, PT0.0000001S",
  })
  void parsesAndFormatsTheDotNetForm(String text, String iso) {
    Duration duration = Duration.parse(iso);

    assertThat(TimespanText.parse(text)).isEqualTo(duration);
    assertThat(TimespanText.parse(TimespanText.format(duration))).isEqualTo(duration);
  }

  @Test
  void refusesOtherForms() {
    assertThatThrownBy(() -> TimespanText.parse("PT5S"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
