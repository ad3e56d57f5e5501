package io.huntbook.kernel.kql;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.Completion;
import io.huntbook.kql.schema.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class KqlCompleterTest {
  private final Catalog catalog = Catalog.defender();
  private final KqlCompleter completer =
      new KqlCompleter(catalog, new SourceTableSchemas(catalog), List.of("strlen", "startofday"));

  @Test
  void offersTablesWhereAQueryStarts() {
    Completion completion = complete("DeviceProcessEv|");
    assertThat(completion.matches()).containsExactly("DeviceProcessEvents");
    assertThat(completion.start()).isZero();
    assertThat(completion.end()).isEqualTo(15);
    assertThat(complete("let x = 1;\nIdentityQ|").matches()).containsExactly("IdentityQueryEvents");
    assertThat(complete("let recent = Dev|").matches())
        .contains("DeviceEvents", "DeviceProcessEvents")
        .allMatch(name -> name.startsWith("Device"));
  }

  @Test
  void offersOperatorsAfterAPipe() {
    assertThat(complete("DeviceEvents | su|").matches()).containsExactly("summarize");
    assertThat(complete("DeviceEvents\n| project-a|").matches()).containsExactly("project-away");
    Completion hyphen = complete("DeviceEvents | mv-|");
    assertThat(hyphen.matches()).containsExactly("mv-apply", "mv-expand");
    assertThat(hyphen.start()).isEqualTo("DeviceEvents | ".length());
  }

  @Test
  void offersTheColumnsOfThePipeStageThenFunctionsAndKeywords() {
    Completion completion = complete("DeviceProcessEvents | where InitiatingProcessCommandL|");
    assertThat(completion.matches()).containsExactly("InitiatingProcessCommandLine");
    assertThat(completion.start()).isEqualTo("DeviceProcessEvents | where ".length());

    assertThat(complete("DeviceProcessEvents | where FileName == 'x' and st|").matches())
        .containsExactly("startofday", "strlen", "startswith", "string");
    assertThat(complete("IdentityQueryEvents | summarize count() by Que|").matches())
        .containsExactlyInAnyOrder("Query", "QueryTarget", "QueryType");
  }

  @Test
  void columnsInsideAFunctionCallComeFromTheEnclosingStage() {
    assertThat(complete("DeviceFileEvents | extend n = strlen(FolderP|").matches())
        .containsExactly("FolderPath");
  }

  @Test
  void aSubqueryInParenthesesHasItsOwnSourceAndColumns() {
    String code = "DeviceEvents | join kind=inner (DeviceLogonEvents | where Logon|";
    assertThat(complete(code).matches()).containsExactlyInAnyOrder("LogonId", "LogonType");
    assertThat(complete("DeviceEvents | join (DeviceLog|").matches())
        .containsExactly("DeviceLogonEvents");
  }

  @Test
  void offersNothingInsideStringsAndComments() {
    assertThat(complete("DeviceEvents | where FileName == 'Dev|").matches()).isEmpty();
    assertThat(complete("DeviceEvents // Dev|").matches()).isEmpty();
  }

  @Test
  void offersLetNames() {
    assertThat(complete("let suspicious = DeviceEvents;\nsusp|").matches())
        .containsExactly("suspicious");
  }

  /** Completes at the {@code |} marker, which is removed from the code. */
  private Completion complete(String marked) {
    int cursor = marked.lastIndexOf('|');
    String code = marked.substring(0, cursor) + marked.substring(cursor + 1);
    return completer.complete(code, cursor);
  }
}
