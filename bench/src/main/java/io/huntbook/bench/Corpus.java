package io.huntbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real hunting queries of {@code ../shared/corpus}, read once per benchmark fork. */
final class Corpus {
  private Corpus() {}

  /** The shared folder: {@code -Dhuntbook.shared=…}, else {@code ../shared} from the project. */
  static Path shared() {
    String configured = System.getProperty("huntbook.shared");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("corpus"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find ../shared; pass -Dhuntbook.shared=DIR");
  }

  static List<String> queries() {
    Path dir = shared().resolve("corpus/m365d-hunting-queries");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".kql")).sorted().map(Corpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
