package io.huntbook.notebook.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.CellResult;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.params.NotebookParameters;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The technique queries match the forms a filter takes in the wild — any casing, spaces, the AND
 * and OR matching rules and the {@code &} / {@code |} forms — and ignore negated tests, look-alike
 * values and excluded processes (defender.md §2.3.4 and the classic notebook's flaws).
 */
class LdapFilterFormsTest {
  record Case(String finding, String filter, String process, boolean matches) {}

  static final String ASREP = "AS-REP roastable accounts";
  static final String ADMIN_COUNT = "adminCount=1 (protected accounts)";
  static final String KERBEROAST = "Kerberoastable accounts (SPN wildcard)";
  static final String DOMAIN_ADMINS = "Domain Admins membership";
  static final String DOMAIN_CONTROLLERS = "Domain controller enumeration";
  static final String TRUSTS = "Domain trusts";
  static final String LAPS = "LAPS password sweep";
  static final String UNCONSTRAINED = "Unconstrained delegation";

  static final List<Case> CASES =
      List.of(
          new Case(ASREP, "(userAccountControl|4194304)", "a.exe", true),
          new Case(
              ASREP,
              "(&(objectCategory=person)(UserAccountControl:1.2.840.113556.1.4.804:=4194304))",
              "a.exe",
              true),
          new Case(ASREP, "( userAccountControl:1.2.840.113556.1.4.803:= 4194304 )", "a.exe", true),
          new Case(ASREP, "(USERACCOUNTCONTROL&4194304)", "a.exe", true),
          new Case(
              ASREP, "(!(userAccountControl:1.2.840.113556.1.4.803:=4194304))", "a.exe", false),
          new Case(ASREP, "(userAccountControl:1.2.840.113556.1.4.803:=41943040)", "a.exe", false),
          new Case(ADMIN_COUNT, "(AdminCount = 1)", "a.exe", true),
          new Case(ADMIN_COUNT, "(&(objectCategory=user)(ADMINCOUNT=1))", "a.exe", true),
          new Case(ADMIN_COUNT, "(!(adminCount=1))", "a.exe", false),
          new Case(ADMIN_COUNT, "(adminCount=10)", "a.exe", false),
          new Case(ADMIN_COUNT, "(adminCount=1)", "IdentitySync.EXE", false),
          new Case(KERBEROAST, "(ServicePrincipalName=*)", "a.exe", true),
          new Case(
              KERBEROAST, "(&(samAccountType=805306368)(servicePrincipalName = *))", "a.exe", true),
          new Case(KERBEROAST, "(servicePrincipalName=HTTP/web.contoso.local)", "a.exe", false),
          new Case(KERBEROAST, "(!(servicePrincipalName=*))", "a.exe", false),
          new Case(KERBEROAST, "(servicePrincipalName=*)", "SetSPN.exe", false),
          new Case(
              DOMAIN_ADMINS,
              "(memberOf:1.2.840.113556.1.4.1941:=CN=Domain Admins,CN=Users,DC=x,DC=y)",
              "a.exe",
              true),
          new Case(DOMAIN_ADMINS, "(memberof=cn=Enterprise Admins,cn=Users,dc=x)", "a.exe", true),
          new Case(DOMAIN_ADMINS, "(&(objectClass=group)(cn=Domain Admins))", "mmc.exe", false),
          new Case(DOMAIN_CONTROLLERS, "(primaryGroupID=516)", "a.exe", true),
          new Case(
              DOMAIN_CONTROLLERS,
              "(userAccountControl:1.2.840.113556.1.4.803:=8192)",
              "a.exe",
              true),
          new Case(
              DOMAIN_CONTROLLERS,
              "(&(objectCategory=computer)(!(primaryGroupID=516)))",
              "a.exe",
              false),
          new Case(TRUSTS, "(objectCategory=trustedDomain)", "a.exe", true),
          new Case(TRUSTS, "(sAMAccountType=805306370)", "a.exe", true),
          new Case(TRUSTS, "(objectClass=trustedDomain)", "Microsoft.Tri.Sensor.exe", false),
          new Case(LAPS, "(&(objectClass=computer)(msLAPS-Password=*))", "a.exe", true),
          new Case(LAPS, "(&(objectClass=computer)(cn=WS1))", "AdmPwd.UI.exe", false),
          new Case(UNCONSTRAINED, "(userAccountControl|524288)", "a.exe", true),
          new Case(
              UNCONSTRAINED,
              "(!(userAccountControl:1.2.840.113556.1.4.803:=524288))",
              "a.exe",
              false));

  static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");

  @Test
  void filterFormsMatchAsTheGuideSays() throws Exception {
    try (LocalEngine engine =
        LocalEngine.inMemory(
            Catalog.defender(),
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO DeviceEvents (Timestamp, DeviceName, ActionType, AdditionalFields,"
                          + " InitiatingProcessFileName, InitiatingProcessAccountName, ReportId)"
                          + " VALUES (?, ?, 'LdapSearch', ?, ?, 'user', ?)")) {
                for (int i = 0; i < CASES.size(); i++) {
                  Case c = CASES.get(i);
                  insert.setObject(
                      1, LocalDateTime.ofInstant(NOW.minusSeconds(3600), ZoneOffset.UTC));
                  insert.setString(2, "ws" + i + ".contoso.local");
                  insert.setString(
                      3,
                      Json.object()
                          .put("SearchFilter", c.filter())
                          .put("DistinguishedName", "DC=contoso,DC=local")
                          .toString());
                  insert.setString(4, c.process());
                  insert.setLong(5, i);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            })) {
      Notebook hunt = LdapHunt.notebook();
      CellExecutor executor =
          new CellExecutor(BackendPool.of(engine), KqlChecker.defender(), Throttle.NONE);
      SessionState state =
          SessionState.on("local")
              .withPrelude(NotebookParameters.prelude(hunt))
              .withNow(Optional.of(NOW));
      Map<String, Set<Long>> found = new HashMap<>();
      for (LdapHunt.FindingCell finding : LdapHunt.findings(hunt)) {
        CellResult result =
            executor.execute(finding.cell().source(), state, finding.title(), OptionalInt.empty());
        assertThat(result.failed()).as("%s: %s", finding.title(), result.outputs()).isFalse();
        ResultTable table = result.table().orElseThrow();
        int reportId = table.columnIndex("ReportId");
        Set<Long> ids = new HashSet<>();
        if (reportId >= 0) {
          table.rows().forEach(row -> ids.add((Long) row.get(reportId)));
        }
        found.put(finding.title(), ids);
      }
      List<String> wrong = new ArrayList<>();
      for (int i = 0; i < CASES.size(); i++) {
        Case c = CASES.get(i);
        boolean matched = found.get(c.finding()).contains((long) i);
        if (matched != c.matches()) {
          wrong.add(
              c.finding()
                  + (c.matches() ? " missed " : " wrongly matched ")
                  + c.filter()
                  + " from "
                  + c.process());
        }
      }
      assertThat(wrong).isEmpty();
    }
  }
}
