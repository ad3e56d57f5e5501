package io.huntbook.kql.diagnostics;

import io.huntbook.kql.syntax.SourceText;
import java.util.List;
import java.util.Locale;

/**
 * Shows diagnostics to a hunter: {@code line L:C: KQL0123 message} (notebooks, the kernel) or the
 * compiler form {@code FILE:LINE:COL: error KQL0123 message} ({@code huntbook check}), each
 * followed by the source line and a caret under the span ({@code ^~~~}).
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  /** {@code line L:C: CODE message}, the source line and a caret line. */
  public static String render(Diagnostic diagnostic, SourceText source) {
    int offset = diagnostic.span().start();
    return "line "
        + source.line(offset)
        + ":"
        + source.column(offset)
        + ": "
        + diagnostic.code()
        + " "
        + diagnostic.message()
        + "\n"
        + excerpt(diagnostic, source);
  }

  /** {@code FILE:LINE:COL: error CODE message}, the source line and a caret line. */
  public static String renderCompilerStyle(Diagnostic diagnostic, SourceText source) {
    int offset = diagnostic.span().start();
    return source.name()
        + ":"
        + source.line(offset)
        + ":"
        + source.column(offset)
        + ": "
        + diagnostic.severity().name().toLowerCase(Locale.ROOT)
        + " "
        + diagnostic.code()
        + " "
        + diagnostic.message()
        + "\n"
        + excerpt(diagnostic, source);
  }

  /** Every diagnostic in the {@code line L:C} form, one after another. */
  public static String renderAll(List<Diagnostic> diagnostics, SourceText source) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append(render(diagnostic, source));
    }
    return out.toString();
  }

  /**
   * The line holding the span's start, and a caret line under it. A span running past the end of
   * the line is cut there; an empty span still gets one caret. Tabs in the line are repeated in the
   * caret line so the caret lines up however tabs are shown.
   */
  static String excerpt(Diagnostic diagnostic, SourceText source) {
    int start = Math.min(diagnostic.span().start(), source.text().length());
    int line = source.line(start);
    String text = source.lineText(line);
    int column = source.column(start) - 1;
    int startIndex =
        text.offsetByCodePoints(0, Math.min(column, text.codePointCount(0, text.length())));
    int endOffset = Math.min(diagnostic.span().end(), source.text().length());
    int endIndex =
        source.line(endOffset) == line
            ? startIndex + source.text().codePointCount(start, endOffset)
            : text.codePointCount(0, text.length());
    int width = Math.max(1, endIndex - startIndex);
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < startIndex; ) {
      int codePoint = text.codePointAt(i);
      caret.append(codePoint == '\t' ? '\t' : ' ');
      i += Character.charCount(codePoint);
    }
    caret.append('^');
    caret.append("~".repeat(width - 1));
    return text + "\n" + caret + "\n";
  }
}
