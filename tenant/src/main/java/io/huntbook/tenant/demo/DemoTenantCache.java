package io.huntbook.tenant.demo;

import io.huntbook.engine.DataLoader;
import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.tenant.workspace.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Generated demo tenants kept as DuckDB files, so that a process after the first starts in a
 * fraction of a second instead of generating 200,000 rows again. A cached file is named after a
 * fingerprint of the options and of the generator's own class files, so a changed generator never
 * serves stale rows. Files are written under a temporary name and moved into place atomically, and
 * read through a read-only {@code ATTACH}, so several processes can share one. Whatever goes wrong
 * with the cache (no writable home, a damaged file), the tenant is generated in memory as before.
 */
final class DemoTenantCache {
  private static final String ENVIRONMENT = "HUNTBOOK_CACHE";
  private static final String PROPERTY = "huntbook.cache";

  private DemoTenantCache() {}

  /** A loader that copies the cached tenant in, generating the cache file first when missing. */
  static DataLoader loader(DemoTenantOptions options) {
    return connection -> {
      Optional<Path> file = cachedFile(options);
      if (file.isEmpty()) {
        DemoTenant.generate(connection, options);
        return;
      }
      copyFrom(file.get(), connection);
      Metadata.setCaptureTime(connection, options.captureTime());
    };
  }

  /** The cache file for these options, created if missing; empty when there is no usable cache. */
  static Optional<Path> cachedFile(DemoTenantOptions options) {
    Optional<Path> directory = directory();
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    Path file = directory.get().resolve("demo-tenant-" + fingerprint(options) + ".duckdb");
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    Path partial = null;
    try {
      Files.createDirectories(directory.get());
      partial = Files.createTempFile(directory.get(), "demo-tenant-", ".partial.duckdb");
      Files.delete(partial); // DuckDB creates the file itself.
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + partial)) {
        DemoTenant.generate(connection, options);
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(file);
    } catch (IOException | SQLException | UnsupportedOperationException e) {
      return Optional.empty();
    } finally {
      if (partial != null) {
        deleteQuietly(partial);
        deleteQuietly(Path.of(partial + ".wal"));
      }
    }
  }

  private static void copyFrom(Path file, Connection connection) throws SQLException {
    String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    try (Statement statement = connection.createStatement()) {
      statement.execute("ATTACH " + literal + " AS huntbook_demo (READ_ONLY)");
      try {
        for (TableSchema table : Catalog.defender().tables()) {
          String name = StorageTypes.quoteIdentifier(table.name());
          statement.execute("INSERT INTO main." + name + " SELECT * FROM huntbook_demo." + name);
        }
      } finally {
        statement.execute("DETACH huntbook_demo");
      }
    }
  }

  private static Optional<Path> directory() {
    String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "huntbook"));
  }

  /** Options and the generator's class files (names, sizes, times) hashed together. */
  static String fingerprint(DemoTenantOptions options) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(options.toString().getBytes(StandardCharsets.UTF_8));
      Path code =
          Path.of(DemoTenant.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code.resolve("io/huntbook/tenant"))) {
          for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(describe(code.relativize(path), path));
          }
        }
      } else {
        digest.update(describe(code.getFileName(), code));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException | URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] describe(Path name, Path file) throws IOException {
    return (name + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover partial file is harmless: it never has the final name.
    }
  }
}
