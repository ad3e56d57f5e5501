package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Inspection;
import io.huntbook.kql.schema.Catalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completion and inspection with the row schema bound by the KQL front end at each pipe stage. */
class BoundCompletionTest {
  private final Catalog catalog = Catalog.defender();
  private final BoundRowSchemas rows = new BoundRowSchemas(catalog);
  private final KqlCompleter completer =
      new KqlCompleter(catalog, rows, FunctionHelpCatalog.names());
  private final KqlInspector inspector = new KqlInspector(catalog, rows, FunctionHelpCatalog.all());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "DeviceProcessEvents | project FileName, ProcessId | where Proc^ # ProcessId",
        "DeviceProcessEvents | summarize Launches = count() by DeviceName | where Laun^ # Launches",
        "DeviceProcessEvents | summarize Launches = count() by DeviceName | where DeviceN^ # DeviceName",
        "DeviceEvents | extend Score = 1 | where Sco^ # Score",
        "let procs = DeviceProcessEvents | project AccountName;\\nprocs | where AccountN^ # AccountName",
        "DeviceLogonEvents | project-rename Who = AccountName | where Wh^ # Who",
      })
  void columnsAreTheRowsOfThePipeStage(String marked, String expected) {
    String code = marked.replace("\\n", "\n");
    int cursor = code.indexOf('^');
    String text = code.substring(0, cursor) + code.substring(cursor + 1);
    assertThat(completer.complete(text, cursor).matches()).isEqualTo(List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "DeviceEvents | extend Score = 1 | where Sc^ore > 0 # Score: column of type long",
        "DeviceProcessEvents | summarize Launches = count() by DeviceName | where Laun^ches > 1"
            + " # Launches: column of type long",
        "DeviceProcessEvents | project FileName | where File^Name != '' # FileName: column of type"
            + " string in table DeviceProcessEvents",
      })
  void inspectionNamesTheBoundColumnType(String marked, String expected) {
    int cursor = marked.indexOf('^');
    String code = marked.substring(0, cursor) + marked.substring(cursor + 1);
    Inspection inspection = inspector.inspect(code, cursor, 0);
    assertThat(inspection.found()).isPresent();
    assertThat(inspection.found().get().textOf("text/plain")).isEqualTo(expected);
  }
}
