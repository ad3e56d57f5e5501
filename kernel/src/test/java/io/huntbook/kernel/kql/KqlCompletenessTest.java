package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Completeness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KqlCompletenessTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "DeviceProcessEvents | take 10 # COMPLETE",
        "`` # COMPLETE",
        "print x = 'a|' # COMPLETE",
        "DeviceEvents | where A == \"x(\" // ( in a comment # COMPLETE",
        "%connect local # COMPLETE",
        "let x = 1; print x # COMPLETE",
        "print s = @'a\\' # COMPLETE",
        "DeviceProcessEvents | # INCOMPLETE",
        "DeviceProcessEvents |   // more to come # INCOMPLETE",
        "DeviceEvents | where ActionType in ( # INCOMPLETE",
        "print x = 'unfinished # INCOMPLETE",
        "print x = ```multi # INCOMPLETE",
        "DeviceEvents | project A, # INCOMPLETE",
        "DeviceEvents | where ) # INVALID",
        "print x = (1] # INVALID",
        "DeviceEvents & take 1 # INVALID",
      })
  void classifies(String code, Completeness.Status expected) {
    assertThat(KqlCompleteness.check(code).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "'print x = ''a\n' # INVALID",
        "'DeviceEvents\n| where (A ==\n' # INCOMPLETE",
      })
  void readsAcrossLines(String code, Completeness.Status expected) {
    assertThat(KqlCompleteness.check(code.replace("\\n", "\n")).status()).isEqualTo(expected);
  }
}
