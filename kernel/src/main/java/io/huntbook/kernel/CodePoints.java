package io.huntbook.kernel;

/**
 * Converts between Jupyter's cursor positions, counted in Unicode code points, and Java's UTF-16
 * string indices. Out-of-range positions are clamped to the code.
 */
public final class CodePoints {
  private CodePoints() {}

  /** The UTF-16 index of a code point offset. */
  public static int toIndex(String code, int codePointOffset) {
    if (codePointOffset <= 0) {
      return 0;
    }
    int total = code.codePointCount(0, code.length());
    if (codePointOffset >= total) {
      return code.length();
    }
    return code.offsetByCodePoints(0, codePointOffset);
  }

  /** The code point offset of a UTF-16 index. */
  public static int fromIndex(String code, int index) {
    int clamped = Math.max(0, Math.min(index, code.length()));
    return code.codePointCount(0, clamped);
  }
}
