package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The default tenant's ground truth, kept as a golden file beside the tests: a change to the attack
 * or to id derivation shows up as a diff here before it breaks hunts elsewhere. Rewrite it with
 * {@code -Dhuntbook.rewriteGolden=true}.
 */
class GroundTruthGoldenTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "ground-truth", "default.tsv");

  @Test
  void theDefaultGroundTruthIsTheGoldenOne() throws Exception {
    String actual = DemoTenant.groundTruth(DemoTenantOptions.defaults()).toTsv();
    Path written = Path.of("target", "ground-truth", "default.tsv");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("huntbook.rewriteGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("ground truth differs from %s; see %s", GOLDEN, written)
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
