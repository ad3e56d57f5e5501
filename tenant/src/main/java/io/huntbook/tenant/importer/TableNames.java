package io.huntbook.tenant.importer;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Which table a file of rows (a hunting response, a CSV export) belongs to. */
final class TableNames {
  static final String UNKNOWN_TABLE =
      "cannot tell which table this file holds: name the file after the table"
          + " (DeviceEvents.csv, DeviceEvents-2026-11-20.json) or give the table name";

  private TableNames() {}

  /**
   * The table named by the options, else the Defender table whose name starts the file name (the
   * longest such, followed by the end or a character that is not a letter or digit).
   */
  static Optional<String> of(Path file, Optional<String> option) {
    if (option.isPresent()) {
      return option;
    }
    String name = file.getFileName().toString();
    String best = null;
    for (TableSchema table : Catalog.defender().tables()) {
      String t = table.name();
      if (name.length() >= t.length()
          && name.substring(0, t.length())
              .toLowerCase(Locale.ROOT)
              .equals(t.toLowerCase(Locale.ROOT))
          && (name.length() == t.length() || !Character.isLetterOrDigit(name.charAt(t.length())))
          && (best == null || t.length() > best.length())) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }
}
