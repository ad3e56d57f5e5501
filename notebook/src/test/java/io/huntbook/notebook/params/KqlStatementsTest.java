package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KqlStatementsTest {
  @Test
  void splitsAtTopLevelSemicolonsOnly() {
    String text =
        """
        let a = "x;y"; // comment; with semicolon
        let f = (n:long) { let b = n; b + 1 };
        let c = @'C:\\path;';
        T | where s == 'it''s' | project a
        """;
    var pieces = KqlStatements.split(text);
    assertThat(pieces)
        .extracting(KqlStatements.Piece::text)
        .containsExactly(
            "let a = \"x;y\"",
            "// comment; with semicolon\nlet f = (n:long) { let b = n; b + 1 }",
            "let c = @'C:\\path;'",
            "T | where s == 'it''s' | project a");
    assertThat(LetStatement.parse(pieces.get(1).text()).orElseThrow().name()).isEqualTo("f");
  }
}
