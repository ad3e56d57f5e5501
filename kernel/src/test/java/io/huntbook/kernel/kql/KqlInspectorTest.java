package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Inspection;
import io.huntbook.kernel.MimeBundle;
import io.huntbook.kql.schema.Catalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KqlInspectorTest {
  private final Catalog catalog = Catalog.defender();
  private final KqlInspector inspector =
      new KqlInspector(
          catalog,
          new SourceTableSchemas(catalog),
          Map.of(
              "strlen",
              new FunctionHelp("strlen", "strlen(source: string) -> long", "scalar function")));

  @Test
  void describesATableWithItsColumns() {
    MimeBundle help = found("Identity^QueryEvents | take 1", 0);
    assertThat(help.textOf("text/plain"))
        .startsWith("IdentityQueryEvents: table, ")
        .contains("  Timestamp: datetime\n");
    assertThat(help.textOf("text/markdown")).contains("| `QueryType` | string |");
  }

  @Test
  void describesAColumnWithItsTypeAndTable() {
    MimeBundle help = found("DeviceProcessEvents | where Process^Id > 4", 0);
    assertThat(help.textOf("text/plain"))
        .isEqualTo("ProcessId: column of type long in table DeviceProcessEvents");
    assertThat(help.textOf("text/markdown"))
        .isEqualTo("`ProcessId`: column of type `long` in table `DeviceProcessEvents`");
  }

  @Test
  void describesFunctionsAndOperators() {
    assertThat(found("DeviceEvents | extend n = str^len(FileName)", 0).textOf("text/plain"))
        .isEqualTo("strlen(source: string) -> long: scalar function");
    assertThat(found("DeviceEvents | mv-ex^pand AdditionalFields", 0).textOf("text/plain"))
        .startsWith("mv-expand operator: Expands");
  }

  @Test
  void findsNothingForUnknownNamesOrInsideStrings() {
    assertThat(inspect("DeviceEvents | where Nope^Column == 1").found()).isEmpty();
    assertThat(inspect("print 'Device^Events'").found()).isEmpty();
  }

  private MimeBundle found(String marked, int detailLevel) {
    Inspection inspection = inspect(marked);
    assertThat(inspection.found()).as("help for %s", marked).isPresent();
    return inspection.found().get();
  }

  private Inspection inspect(String marked) {
    int cursor = marked.indexOf('^');
    String code = marked.substring(0, cursor) + marked.substring(cursor + 1);
    return inspector.inspect(code, cursor, 0);
  }
}
