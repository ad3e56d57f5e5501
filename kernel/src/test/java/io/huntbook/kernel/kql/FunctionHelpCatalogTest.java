package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionHelpCatalogTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "strlen # strlen(string) -> long # scalar function",
        "strcat # strcat(string, ...) -> string # scalar function",
        "ago # ago(timespan) -> datetime # scalar function",
        "dcount # dcount(any[, number]) -> long # aggregation function (in summarize)",
      })
  void writesSignaturesFromTheBinderCatalogs(String name, String signature, String kind) {
    FunctionHelp help = FunctionHelpCatalog.all().get(name);
    assertThat(help.signature()).isEqualTo(signature);
    assertThat(help.kind()).isEqualTo(kind);
  }
}
