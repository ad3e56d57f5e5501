package io.huntbook.tenant.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** The kinds of input file, told apart by their first bytes. */
enum InputFormat {
  /**
   * One JSON object a line: streaming-API records ({@code time}, {@code category}, {@code
   * properties}) or Event Hubs envelopes ({@code {"records":[…]}}).
   */
  JSON_LINES,
  /**
   * One JSON document: a hunting API response ({@code Schema}/{@code Results} or Graph's {@code
   * schema}/{@code results}), a pretty-printed {@code records} envelope or an array of records.
   */
  JSON_DOCUMENT,
  /** Comma-separated values with a header line, as the portal exports. */
  CSV;

  private static final int PEEK = 1 << 16;
  private static final Set<String> RESPONSE_FIELDS =
      Set.of("schema", "results", "stats", "@odata.context");

  /** Looks at the start of a stream (which must support mark) and resets it. */
  static InputFormat detect(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    int start = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < head.length && Character.isWhitespace(head[start])) {
      start++;
    }
    if (start == head.length) {
      return JSON_LINES;
    }
    if (head[start] == '[') {
      return JSON_DOCUMENT;
    }
    if (head[start] != '{') {
      return CSV;
    }
    int lineEnd = start;
    while (lineEnd < head.length && head[lineEnd] != '\n') {
      lineEnd++;
    }
    String firstLine = new String(head, start, lineEnd - start, StandardCharsets.UTF_8).trim();
    if (firstLine.equals("{")) {
      return JSON_DOCUMENT;
    }
    String firstField = firstFieldName(Arrays.copyOfRange(head, start, head.length));
    return firstField != null
            && RESPONSE_FIELDS.contains(firstField.toLowerCase(java.util.Locale.ROOT))
        ? JSON_DOCUMENT
        : JSON_LINES;
  }

  private static String firstFieldName(byte[] bytes) {
    try (JsonParser parser = new JsonFactory().createParser(bytes)) {
      if (parser.nextToken() == JsonToken.START_OBJECT
          && parser.nextToken() == JsonToken.FIELD_NAME) {
        return parser.currentName();
      }
    } catch (IOException e) {
      // malformed start: the line reader will report it
    }
    return null;
  }
}
