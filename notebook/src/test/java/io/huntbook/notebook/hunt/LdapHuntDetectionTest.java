package io.huntbook.notebook.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.Backend;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.CellResult;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.tenant.demo.DemoTenant;
import io.huntbook.tenant.demo.DemoTenantOptions;
import io.huntbook.tenant.truth.AttackRow;
import io.huntbook.tenant.truth.AttackStep;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.truth.Technique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every technique query of the LDAP hunt, run on the demo tenant, finds the attack's rows of its
 * technique (by the ground truth) and nothing of the benign background: every row it returns is an
 * attack row.
 */
class LdapHuntDetectionTest {
  static final DemoTenantOptions OPTIONS = DemoTenantOptions.defaults();
  static Backend engine;
  static GroundTruth truth;
  static Map<String, CellResult> results = new LinkedHashMap<>();

  @BeforeAll
  static void runTheHunt() throws Exception {
    engine = DemoTenantBackends.open(OPTIONS);
    truth = DemoTenant.groundTruth(OPTIONS);
    Notebook hunt = LdapHunt.notebook();
    CellExecutor executor =
        new CellExecutor(BackendPool.of(engine), KqlChecker.defender(), Throttle.NONE);
    SessionState state = SessionState.on("local").withPrelude(NotebookParameters.prelude(hunt));
    for (LdapHunt.FindingCell finding : LdapHunt.findings(hunt)) {
      results.put(
          finding.title(),
          executor.execute(finding.cell().source(), state, finding.title(), OptionalInt.of(1)));
    }
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
  }

  static ResultTable table(String finding) {
    CellResult result = results.get(finding);
    assertThat(result).as("no cell for finding %s", finding).isNotNull();
    assertThat(result.failed())
        .as(
            "%s failed: %s",
            finding,
            result.outputs().stream()
                .filter(o -> o instanceof Output.Error)
                .map(o -> ((Output.Error) o).traceback())
                .toList())
        .isFalse();
    return result.table().orElseThrow();
  }

  static Set<String> keys(ResultTable table) {
    int index = table.columnIndex("ReportId");
    assertThat(index).as("ReportId column").isNotNegative();
    Set<String> keys = new TreeSet<>();
    table.rows().forEach(row -> keys.add(String.valueOf(row.get(index))));
    return keys;
  }

  /** The attack's rows in a table that satisfy a condition. */
  static Set<String> attack(String table, Predicate<AttackRow> condition) {
    return GroundTruth.keys(truth.select(row -> row.table().equals(table) && condition.test(row)));
  }

  static void assertFinds(String finding, String table, Predicate<AttackRow> expected) {
    ResultTable result = table(finding);
    Set<String> found = keys(result);
    Set<String> attackRows = attack(table, row -> true);
    Set<String> wanted = attack(table, expected);
    assertThat(wanted).as("the ground truth has rows for %s", finding).isNotEmpty();
    assertThat(found).as("%s finds the attack's rows", finding).containsAll(wanted);
    assertThat(attackRows).as("%s returns no benign rows", finding).containsAll(found);
  }

  static Predicate<AttackRow> step(AttackStep step, Technique technique) {
    return row -> row.step() == step && row.technique() == technique;
  }

  static Predicate<AttackRow> summary(String text) {
    return row -> row.summary().contains(text);
  }

  @Test
  void domainAdmins() {
    assertFinds(
        "Domain Admins membership",
        "DeviceEvents",
        step(AttackStep.ADSISEARCHER, Technique.DOMAIN_GROUPS_DISCOVERY)
            .or(summary("-512)"))
            .or(summary("-519)")));
  }

  @Test
  void adminCount() {
    assertFinds("adminCount=1 (protected accounts)", "DeviceEvents", summary("(adminCount=1)"));
  }

  @Test
  void unconstrainedDelegation() {
    assertFinds(
        "Unconstrained delegation",
        "DeviceEvents",
        step(AttackStep.ADSISEARCHER, Technique.REMOTE_SYSTEM_DISCOVERY));
  }

  @Test
  void asRepRoasting() {
    assertFinds(
        "AS-REP roastable accounts",
        "DeviceEvents",
        step(AttackStep.ADSISEARCHER, Technique.AS_REP_ROASTING));
  }

  @Test
  void kerberoasting() {
    assertFinds(
        "Kerberoastable accounts (SPN wildcard)",
        "DeviceEvents",
        row -> row.technique() == Technique.KERBEROASTING);
  }

  @Test
  void laps() {
    assertFinds(
        "LAPS password sweep",
        "DeviceEvents",
        row ->
            row.technique() == Technique.UNSECURED_CREDENTIALS && row.summary().contains("LAPS"));
  }

  @Test
  void trusts() {
    assertFinds(
        "Domain trusts",
        "DeviceEvents",
        row -> row.technique() == Technique.DOMAIN_TRUST_DISCOVERY);
  }

  @Test
  void sharpHound() {
    assertFinds(
        "SharpHound / BloodHound collection",
        "DeviceEvents",
        row -> row.step() == AttackStep.SHARPHOUND);
  }

  @Test
  void domainControllers() {
    assertFinds(
        "Domain controller enumeration", "DeviceEvents", summary("userAccountControl&8192"));
  }

  @Test
  void delegation() {
    assertFinds(
        "Resource-based constrained delegation",
        "DeviceEvents",
        summary("msds-allowedtoactonbehalfofotheridentity"));
    assertFinds("Constrained delegation", "DeviceEvents", summary("msds-allowedtodelegateto"));
  }

  @Test
  void passwordsInDescriptions() {
    assertFinds(
        "Passwords in description or comment",
        "DeviceEvents",
        row ->
            row.technique() == Technique.UNSECURED_CREDENTIALS
                && row.summary().contains("descriptions or comments"));
  }

  @Test
  void burstsNameOnlySharpHound() {
    ResultTable bursts = table("Burst of distinct filters");
    int process = bursts.columnIndex("InitiatingProcessFileName");
    int device = bursts.columnIndex("DeviceName");
    assertThat(bursts.rowCount()).isPositive();
    List<String> processes = new ArrayList<>();
    bursts.rows().forEach(row -> processes.add(String.valueOf(row.get(process))));
    assertThat(processes).allMatch(name -> name.equalsIgnoreCase("SharpHound.exe"));
    assertThat(bursts.rows()).allMatch(row -> row.get(device).equals(truth.compromisedDevice()));
  }

  @Test
  void domainControllerView() {
    ResultTable result = table("Suspicious filters at the domain controller");
    Set<String> found = keys(result);
    Set<String> attackRows = attack("IdentityQueryEvents", row -> true);
    assertThat(attackRows).as("no benign rows at the DC").containsAll(found);
    assertThat(found)
        .containsAll(
            attack(
                "IdentityQueryEvents",
                row ->
                    row.step() == AttackStep.ADSISEARCHER
                        || (row.step() == AttackStep.KERBEROAST && row.summary().contains("LDAP")
                            || row.summary().contains("Rubeus"))));
  }

  @Test
  void correlationNamesTheProcess() {
    ResultTable result = table("Process behind a domain controller search");
    int process = result.columnIndex("InitiatingProcessFileName");
    Set<String> found = keys(result);
    assertThat(attack("IdentityQueryEvents", row -> true)).containsAll(found);
    assertThat(found)
        .containsAll(attack("IdentityQueryEvents", row -> row.step() == AttackStep.ADSISEARCHER));
    Set<String> processes = new TreeSet<>();
    result.rows().forEach(row -> processes.add(String.valueOf(row.get(process)).toLowerCase()));
    assertThat(processes).contains("powershell.exe", "rubeus.exe");
  }
}
