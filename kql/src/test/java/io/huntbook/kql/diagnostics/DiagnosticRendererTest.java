package io.huntbook.kql.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.diagnostics.Diagnostic.Severity;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
  private final SourceText source = new SourceText("hunt.kql", "T\n| where x == 1\n| take 5");

  @Test
  void rendersLineColumnCodeSourceLineAndCaret() {
    Diagnostic diagnostic =
        new Diagnostic("KQL0004", Severity.ERROR, "unexpected 'x'", new Span(10, 6));
    assertThat(DiagnosticRenderer.render(diagnostic, source))
        .isEqualTo("line 2:9: KQL0004 unexpected 'x'\n| where x == 1\n        ^~~~~~\n");
  }

  @Test
  void rendersCompilerFormWithFileNameAndSeverity() {
    Diagnostic diagnostic =
        new Diagnostic("KQL0016", Severity.WARNING, "blank line", new Span(17, 1));
    assertThat(DiagnosticRenderer.renderCompilerStyle(diagnostic, source))
        .isEqualTo("hunt.kql:3:1: warning KQL0016 blank line\n| take 5\n^\n");
  }

  @Test
  void emptySpanAtTheEndGetsOneCaretAndLongSpansStopAtTheLineEnd() {
    Diagnostic atEnd = new Diagnostic("KQL0006", Severity.ERROR, "m", new Span(25, 0));
    assertThat(DiagnosticRenderer.render(atEnd, source)).endsWith("| take 5\n        ^\n");
    Diagnostic across = new Diagnostic("KQL0006", Severity.ERROR, "m", new Span(4, 20));
    assertThat(DiagnosticRenderer.render(across, source))
        .endsWith("| where x == 1\n  ^~~~~~~~~~~~\n");
  }

  @Test
  void caretLinesUpAfterTabsAndWideCharacters() {
    SourceText tabbed = SourceText.of("\tprint '\uD83D\uDE00' #");
    Diagnostic diagnostic = new Diagnostic("KQL0001", Severity.ERROR, "m", new Span(12, 1));
    assertThat(DiagnosticRenderer.render(diagnostic, tabbed))
        .isEqualTo("line 1:12: KQL0001 m\n\tprint '\uD83D\uDE00' #\n\t          ^\n");
  }
}
