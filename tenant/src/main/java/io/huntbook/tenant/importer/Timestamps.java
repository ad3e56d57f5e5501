package io.huntbook.tenant.importer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses the datetime texts Defender exports carry: ISO 8601 with up to seven fractional digits
 * ({@code 2020-08-30T06:38:35.7664356Z}, the APIs and the streaming API), with or without an offset
 * or with a space for the {@code T}, and the US forms of portal CSV exports ({@code 11/20/2026
 * 10:00:00.123 AM}, {@code Nov 20, 2026 10:00:00 AM}). Texts without an offset are UTC.
 */
final class Timestamps {
  private Timestamps() {}

  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT);

  private static final List<DateTimeFormatter> US =
      List.of(
          usFormat("M/d/yyyy[,] h:mm[:ss][.SSSSSSS][.SSSSSS][.SSS] a"),
          usFormat("M/d/yyyy[,] H:mm[:ss][.SSSSSSS][.SSSSSS][.SSS]"),
          usFormat("MMM d, yyyy[,] h:mm[:ss][.SSSSSSS][.SSSSSS][.SSS] a"));

  private static DateTimeFormatter usFormat(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter(Locale.US);
  }

  static Instant parse(String text) throws ConversionException {
    String t = text.trim();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException ignored) {
      // not the canonical form; try the others
    }
    try {
      return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException ignored) {
      // no offset
    }
    try {
      return LocalDateTime.parse(t, LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // not ISO
    }
    for (DateTimeFormatter format : US) {
      try {
        return LocalDateTime.parse(t, format).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    throw new ConversionException("not a datetime: " + shorten(text));
  }

  static String shorten(String text) {
    return text.length() <= 60 ? '"' + text + '"' : '"' + text.substring(0, 57) + "...\"";
  }
}
