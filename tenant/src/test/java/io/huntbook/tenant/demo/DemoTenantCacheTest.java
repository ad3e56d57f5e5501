package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.schema.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTenantCacheTest {
  private static final String QUERY =
      "union DeviceEvents, IdentityQueryEvents, DeviceProcessEvents"
          + " | summarize rows = count(), first = min(Timestamp), last = max(Timestamp),"
          + " ldap = countif(ActionType == 'LdapSearch'), devices = dcount(DeviceName), commands = dcount(InitiatingProcessCommandLine)";

  @TempDir Path cache;
  private String previous;

  @BeforeEach
  void useTemporaryCache() {
    previous = System.getProperty("huntbook.cache");
    System.setProperty("huntbook.cache", cache.toString());
  }

  @AfterEach
  void restore() {
    if (previous == null) {
      System.clearProperty("huntbook.cache");
    } else {
      System.setProperty("huntbook.cache", previous);
    }
  }

  @Test
  void theCachedTenantHoldsExactlyTheGeneratedRowsAndIsWrittenOnce() throws Exception {
    DemoTenantOptions options = DemoTenantOptions.defaults().withScale(0.2);
    ResultTable generated;
    try (LocalEngine fresh = LocalEngine.inMemory(Catalog.defender(), DemoTenant.loader(options))) {
      generated = fresh.execute(QueryRequest.of(QUERY));
    }

    ResultTable first;
    try (LocalEngine engine = DemoTenant.engine(options)) {
      first = engine.execute(QueryRequest.of(QUERY));
    }
    Path file = onlyCacheFile();
    long writtenAt = Files.getLastModifiedTime(file).toMillis();
    ResultTable second;
    try (LocalEngine engine = DemoTenant.engine(options)) {
      second = engine.execute(QueryRequest.of(QUERY));
      assertThat(engine.defaultNow()).isEqualTo(options.captureTime());
    }

    assertThat(first.rows()).isEqualTo(generated.rows());
    assertThat(second.rows()).isEqualTo(generated.rows());
    assertThat(Files.getLastModifiedTime(onlyCacheFile()).toMillis()).isEqualTo(writtenAt);
  }

  @Test
  void differentOptionsGetDifferentFiles() {
    assertThat(DemoTenantCache.fingerprint(DemoTenantOptions.defaults()))
        .isNotEqualTo(DemoTenantCache.fingerprint(DemoTenantOptions.defaults().withSeed(7)));
  }

  private Path onlyCacheFile() throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files
          .filter(p -> p.toString().endsWith(".duckdb"))
          .reduce(
              (a, b) -> {
                throw new AssertionError("more than one cache file: " + a + ", " + b);
              })
          .orElseThrow();
    }
  }
}
