package io.huntbook.tenant.importer;

import java.nio.file.Path;
import java.util.List;

/** Imports one file into a workspace and prints the summary: run in a JVM with a small heap. */
public final class LargeImportMain {
  private LargeImportMain() {}

  public static void main(String[] args) throws Exception {
    ImportSummary summary =
        Importer.importFiles(Path.of(args[0]), List.of(Path.of(args[1])), ImportOptions.defaults());
    System.out.println(
        "rows="
            + summary.totalRows()
            + " skipped="
            + summary.linesSkipped()
            + " heapMB="
            + Runtime.getRuntime().maxMemory() / (1 << 20));
  }
}
