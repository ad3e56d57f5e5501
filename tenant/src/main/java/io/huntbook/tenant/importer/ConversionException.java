package io.huntbook.tenant.importer;

/** A value that does not fit its column; the record holding it is skipped and reported. */
final class ConversionException extends Exception {
  ConversionException(String message) {
    super(message, null, false, false);
  }
}
