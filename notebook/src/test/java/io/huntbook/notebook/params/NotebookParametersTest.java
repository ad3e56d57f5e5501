package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotebookParametersTest {
  static final String DEFAULTS =
      """
      // How far back to look
      let lookback = 7d;
      let since = datetime(2024-01-01);
      let limit = 100;
      let ratio = 0.5;
      let verbose = false;
      let domain = "contoso";
      let excluded = dynamic(["setspn.exe"]);
      let start = ago(lookback);
      """;

  static Notebook notebook() {
    var metadata = Json.object();
    metadata.putArray("tags").add("parameters");
    return Notebook.create(
        List.of(
            MarkdownCell.of(Optional.of("m"), "# Hunt"),
            CodeCell.of(Optional.of("p"), DEFAULTS, metadata),
            CodeCell.of(Optional.of("q"), "DeviceEvents | take limit", Json.object())));
  }

  @Test
  void typesComeFromTheDefaults() {
    assertThat(NotebookParameters.declared(notebook()))
        .containsExactly(
            Map.entry("lookback", ParameterType.TIMESPAN),
            Map.entry("since", ParameterType.DATETIME),
            Map.entry("limit", ParameterType.LONG),
            Map.entry("ratio", ParameterType.REAL),
            Map.entry("verbose", ParameterType.BOOL),
            Map.entry("domain", ParameterType.STRING),
            Map.entry("excluded", ParameterType.DYNAMIC),
            Map.entry("start", ParameterType.EXPRESSION));
  }

  @Test
  void injectedCellFollowsTheParametersCellAndOverridesInPlace() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("lookback", "14d");
    values.put("since", "2024-05-01T10:00:00Z");
    values.put("limit", "5");
    values.put("ratio", "2");
    values.put("verbose", "TRUE");
    values.put("domain", "fabrikam");
    values.put("excluded", "[\"a.exe\", \"b\\\"c.exe\"]");
    Notebook injected = NotebookParameters.inject(notebook(), values);
    List<Cell> cells = injected.cells();
    assertThat(cells).hasSize(4);
    assertThat(cells.get(2).tags()).containsExactly(NotebookParameters.INJECTED_TAG);
    assertThat(cells.get(2).source())
        .isEqualTo(
            """
            // Parameters given on the command line
            let lookback = 14d;
            let since = datetime(2024-05-01T10:00:00Z);
            let limit = 5;
            let ratio = 2.0;
            let verbose = true;
            let domain = "fabrikam";
            let excluded = dynamic(["a.exe", "b\\"c.exe"]);
            """);
    Prelude prelude = NotebookParameters.prelude(injected);
    assertThat(prelude.statements().stream().map(LetStatement::name))
        .containsExactly(
            "lookback", "since", "limit", "ratio", "verbose", "domain", "excluded", "start");
    assertThat(prelude.text())
        .startsWith("let lookback = 14d;\n")
        .contains("let start = ago(lookback);\n");
    // Injecting again replaces the injected cell instead of adding a second one.
    Notebook twice = NotebookParameters.inject(injected, Map.of("limit", "6"));
    assertThat(twice.cells()).hasSize(4);
    assertThat(twice.cells().get(2).source()).contains("let limit = 6;").doesNotContain("14d");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lookback|P14D|14d",
        "lookback|PT36H|36h",
        "lookback|90m|90m",
        "since|2024-05-01|datetime(2024-05-01T00:00:00Z)",
        "limit|-3|-3",
        "ratio|1e3|1000.0"
      })
  void valuesAreNormalisedToLiterals(String name, String value, String literal) throws Exception {
    Notebook injected = NotebookParameters.inject(notebook(), Map.of(name, value));
    assertThat(injected.cells().get(2).source()).contains("let " + name + " = " + literal + ";");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lookback|14 days; DeviceEvents|parameter 'lookback' is a timespan: expected a duration",
        "since|yesterday|parameter 'since' is a datetime",
        "limit|5; drop|parameter 'limit' is a long: expected a whole number",
        "verbose|yes|expected true or false",
        "excluded|not json|expected a JSON value",
        "start|1d|computed default",
        "nope|1|unknown parameter 'nope'; the notebook declares: lookback, since"
      })
  void badValuesAreRejected(String name, String value, String message) {
    assertThatThrownBy(() -> NotebookParameters.inject(notebook(), Map.of(name, value)))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining(message);
  }

  @Test
  void assignmentsAreParsed() throws Exception {
    assertThat(NotebookParameters.parseAssignment("lookback=14d"))
        .isEqualTo(Map.entry("lookback", "14d"));
    assertThat(NotebookParameters.parseAssignment("domain=a=b"))
        .isEqualTo(Map.entry("domain", "a=b"));
    assertThatThrownBy(() -> NotebookParameters.parseAssignment("=x"))
        .hasMessageContaining("name=value");
    assertThatThrownBy(() -> NotebookParameters.parseAssignment("a-b=x"))
        .hasMessageContaining("not a KQL name");
  }

  @Test
  void randomStringValuesNeverBreakOutOfTheirLiteral() throws Exception {
    java.util.Random random = new java.util.Random(20241128);
    String alphabet = "ab;|\"'\\/`@\n\r\t\u0001{}()[]é😀 ";
    for (int i = 0; i < 3000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        int at = random.nextInt(alphabet.length());
        value.append(alphabet.charAt(at));
      }
      checkStaysOneLiteral(value.toString());
    }
  }

  private static void checkStaysOneLiteral(String value) throws Exception {
    String literal;
    try {
      literal = KqlLiterals.string("domain", value);
    } catch (ParameterException controlCharacter) {
      assertThat(
              value
                  .chars()
                  .anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f))
          .isTrue();
      return;
    }
    String statement = "let domain = " + literal + ";\nDeviceEvents | where x == domain";
    List<KqlStatements.Piece> pieces = KqlStatements.split(statement);
    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0).text()).isEqualTo("let domain = " + literal);
    assertThat(unescape(literal)).isEqualTo(value);
  }

  @Test
  void hostileStringsStayOneLiteral() throws Exception {
    String hostile = "x\"; DeviceEvents | take 1 //\\";
    String literal = KqlLiterals.string("domain", hostile);
    assertThat(literal).isEqualTo("\"x\\\"; DeviceEvents | take 1 //\\\\\"");
    assertThat(KqlStatements.split("let d = " + literal + ";")).hasSize(1);
    assertThat(unescape(literal)).isEqualTo(hostile);
  }

  /** Reads a double-quoted KQL literal back, as the KQL lexer does. */
  static String unescape(String literal) {
    assertThat(literal).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      assertThat(c).as("unescaped quote inside the literal").isNotEqualTo('"');
      if (c == '\\') {
        char next = literal.charAt(++i);
        out.append(
            switch (next) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
