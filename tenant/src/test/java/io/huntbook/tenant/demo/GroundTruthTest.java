package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.tenant.truth.AttackRow;
import io.huntbook.tenant.truth.AttackStep;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.truth.Technique;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

  @Test
  void everyAttackRowIsInItsTableAndEveryReportIdIsUnique() throws Exception {
    GroundTruth truth = TestTenant.summary().groundTruth();
    assertThat(truth.rows()).hasSizeGreaterThan(100);
    for (AttackRow row : truth.rows()) {
      String literal = row.table().startsWith("Device") ? row.key() : "'" + row.key() + "'";
      long matches =
          TestTenant.count(
              "SELECT count(*) FROM \""
                  + row.table()
                  + "\" WHERE \""
                  + row.keyColumn()
                  + "\" = "
                  + literal);
      if (row.keyColumn().equals("ReportId")) {
        assertThat(matches).as(row.toString()).isEqualTo(1);
      } else {
        assertThat(matches).as(row.toString()).isPositive();
      }
    }
  }

  @Test
  void theAttackShowsTheTechniquesOfTheStoryline() throws Exception {
    GroundTruth truth = TestTenant.summary().groundTruth();
    assertThat(truth.techniques().stream().map(Technique::id))
        .contains("T1087.002", "T1069.002", "T1482", "T1558.003", "T1558.004", "T1018", "T1552");
    for (AttackStep step : AttackStep.values()) {
      assertThat(truth.rows(step)).as(step.name()).isNotEmpty();
    }
    assertThat(truth.rows("DeviceEvents", Technique.DOMAIN_TRUST_DISCOVERY)).hasSize(3);
    assertThat(
            truth.rows(AttackStep.SHARPHOUND).stream()
                .filter(r -> r.table().equals("DeviceEvents")))
        .hasSizeGreaterThan(25);
  }

  @Test
  void groundTruthDoesNotDependOnTheScale() throws Exception {
    GroundTruth generated = TestTenant.summary().groundTruth();
    GroundTruth alone = DemoTenant.groundTruth(DemoTenantOptions.defaults().withScale(3));
    assertThat(alone).isEqualTo(generated);
  }

  @Test
  void theAttackHappensInTheLastSevenDays() throws Exception {
    GroundTruth truth = TestTenant.summary().groundTruth();
    var capture = TestTenant.OPTIONS.captureTime();
    for (AttackRow row : truth.rows()) {
      assertThat(row.timestamp()).isBetween(capture.minus(Duration.ofDays(7)), capture);
    }
  }

  @Test
  void rendersAsTabSeparatedText() throws Exception {
    String tsv = TestTenant.summary().groundTruth().toTsv();
    List<String> lines = tsv.lines().toList();
    assertThat(lines.get(0)).startsWith("table\tkeyColumn\tkey\ttimestamp");
    assertThat(lines).hasSize(TestTenant.summary().groundTruth().rows().size() + 1);
    assertThat(lines).allMatch(l -> l.split("\t", -1).length == 8);
  }
}
