package io.huntbook.tenant.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, fields optionally in double quotes, {@code ""} for a
 * quote inside them, line breaks allowed inside quotes) into records, counting lines so problems
 * can name them.
 */
final class CsvRecords {
  /** A field longer than this means a quote was never closed; reading stops there. */
  static final int MAX_FIELD = 16 << 20;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** Thrown when the text cannot be split any further. */
  static final class MalformedCsvException extends Exception {
    final long line;

    MalformedCsvException(long line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /** The line where the last record returned started. */
  long recordLine() {
    return recordLine;
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      position--;
    }
    return c;
  }

  /** The next record's fields, or null at the end. */
  List<String> next() throws IOException, MalformedCsvException {
    int c = read();
    while (c == '\r' || c == '\n') {
      if (c == '\n') {
        line++;
      }
      c = read();
    }
    if (c < 0) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean atFieldStart = true;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new MalformedCsvException(recordLine, "a quoted field is never closed");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        c = read();
        continue;
      } else if (c == '\n' || c == '\r' || c < 0) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c >= 0) {
          line++;
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      if (field.length() > MAX_FIELD) {
        throw new MalformedCsvException(
            recordLine, "a field is longer than " + MAX_FIELD + " characters");
      }
      atFieldStart = false;
      c = read();
    }
  }
}
