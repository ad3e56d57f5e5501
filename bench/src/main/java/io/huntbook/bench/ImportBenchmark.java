package io.huntbook.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.huntbook.tenant.importer.ImportOptions;
import io.huntbook.tenant.importer.ImportSummary;
import io.huntbook.tenant.importer.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Import throughput (issue 3): a generated streaming-API export of DeviceEvents records imported
 * into a fresh workspace by {@link Importer}. The baseline, in the same process and on the same
 * file, is Jackson's streaming parser reading every token and nothing else: the least any JSON
 * import can cost. The ratio is the price of conversion and of writing to DuckDB.
 *
 * <p>Options: {@code --import-rows N} (default 300,000).
 */
final class ImportBenchmark {
  static final long DEFAULT_ROWS = 300_000;

  private ImportBenchmark() {}

  static void run(BenchArguments arguments) throws IOException, SQLException {
    long rows = arguments.number("import-rows", DEFAULT_ROWS);
    try (TemporaryDirectory dir = new TemporaryDirectory("huntbook-import")) {
      Path file = dir.path().resolve("DeviceEvents-export.json");
      StreamingExport.write(file, rows);
      double megabytes = Files.size(file) / 1e6;

      // Parse twice and keep the second: the first warms the parser's code and the page cache,
      // which the import then also benefits from.
      parseAll(file);
      Stopwatch stopwatch = Stopwatch.start();
      long parsed = parseAll(file);
      Stopwatch.Lap parse = stopwatch.lap();
      if (parsed != rows) {
        throw new IllegalStateException("the baseline parsed " + parsed + " records, not " + rows);
      }

      stopwatch = Stopwatch.start();
      ImportSummary summary =
          Importer.importFiles(
              dir.path().resolve("workspace"), List.of(file), ImportOptions.defaults());
      Stopwatch.Lap load = stopwatch.lap();
      if (summary.totalRows() != rows || !summary.isComplete()) {
        throw new IllegalStateException(
            "the import wrote "
                + summary.totalRows()
                + " of "
                + rows
                + " rows, problems: "
                + summary.problems());
      }

      new Summary("import: streaming-API JSON lines into a workspace")
          .line("file", "%,d DeviceEvents records, %.1f MB", rows, megabytes)
          .line(
              "import",
              "%s   %.1f MB/s",
              Throughput.describe(rows, load),
              megabytes / load.wallSeconds())
          .line(
              "baseline",
              "%s   %.1f MB/s",
              Throughput.describe(rows, parse),
              megabytes / parse.wallSeconds())
          .line("", "(the same file through Jackson's streaming parser alone, no DuckDB)")
          .line("ratio", "%s", Throughput.ratio(load, parse))
          .print();
    }
  }

  /** Reads every token of every record; returns how many top-level records there were. */
  private static long parseAll(Path file) throws IOException {
    long records = 0;
    long tokens = 0;
    try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens++;
        if (token.isScalarValue()) {
          // Materialise every value as the import must, or the parser skips the decoding.
          tokens += parser.getText().length() & 1;
        }
        if (token == JsonToken.END_OBJECT && parser.getParsingContext().inRoot()) {
          records++;
        }
      }
    }
    return tokens > 0 ? records : 0;
  }
}
