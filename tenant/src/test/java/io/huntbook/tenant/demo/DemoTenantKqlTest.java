package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.tenant.truth.AttackRow;
import io.huntbook.tenant.truth.AttackStep;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.truth.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo tenant through the local engine: {@code getschema} shows the Defender schema, and for
 * every technique of the attack a KQL hunt finds exactly its ground-truth rows.
 */
class DemoTenantKqlTest {

  /** The endpoint LDAP query of the classic guided notebook, with its fields parsed. */
  private static final String LDAP =
      "DeviceEvents\n"
          + "| where Timestamp > ago(7d)\n"
          + "| where ActionType == \"LdapSearch\"\n"
          + "| extend AdditionalFields = parse_json(AdditionalFields)\n"
          + "| extend SearchFilter = tostring(AdditionalFields.SearchFilter),"
          + " AttributeList = tostring(AdditionalFields.AttributeList),"
          + " ScopeOfSearch = tostring(AdditionalFields.ScopeOfSearch),"
          + " DistinguishedName = tostring(AdditionalFields.DistinguishedName)\n";

  @Test
  void getschemaShowsEveryTableAsTheSchemaSaysIt() throws Exception {
    for (TableSchema table : Catalog.defender().tables()) {
      List<String> expected = new ArrayList<>();
      for (ColumnSchema c : table.columns()) {
        expected.add(c.name() + "|" + c.type().kqlName());
      }
      assertThat(
              TestEngine.rowsAsText(table.name() + " | getschema | project ColumnName, ColumnType"))
          .as(table.name())
          .isEqualTo(expected);
    }
  }

  @Test
  void nowIsTheCaptureTime() throws Exception {
    assertThat(TestEngine.rowsAsText("print now()"))
        .singleElement()
        .asString()
        .startsWith("2026-11-20T12:00");
  }

  static Stream<Arguments> hunts() {
    return Stream.of(
        Arguments.of(
            "T1069.002 Domain Admins members (endpoint)",
            LDAP
                + "| where SearchFilter has \"Domain Admins\" and InitiatingProcessFileName !~ \"mmc.exe\"",
            truth(
                "DeviceEvents",
                Technique.DOMAIN_GROUPS_DISCOVERY,
                r -> r.step() == AttackStep.ADSISEARCHER)),
        Arguments.of(
            "T1087.002 adminCount=1 (endpoint)",
            LDAP
                + "| where SearchFilter has \"admincount\" and InitiatingProcessFileName !~ \"IdentitySync.exe\"",
            truth(
                "DeviceEvents",
                Technique.DOMAIN_ACCOUNT_DISCOVERY,
                r -> r.step() == AttackStep.ADSISEARCHER)),
        Arguments.of(
            "T1018 unconstrained delegation (endpoint)",
            LDAP + "| where SearchFilter has \"524288\" and SearchFilter has \"computer\"",
            truth(
                "DeviceEvents",
                Technique.REMOTE_SYSTEM_DISCOVERY,
                r -> r.step() == AttackStep.ADSISEARCHER)),
        Arguments.of(
            "T1558.004 AS-REP roastable (endpoint)",
            LDAP + "| where SearchFilter has \"4194304\" and SearchFilter has \"user\"",
            truth("DeviceEvents", Technique.AS_REP_ROASTING, r -> true)),
        Arguments.of(
            "T1558.003 accounts with SPNs (endpoint)",
            LDAP + "| where SearchFilter contains \"servicePrincipalName=*\"",
            truth("DeviceEvents", Technique.KERBEROASTING, r -> true)),
        Arguments.of(
            "T1552 LAPS passwords (endpoint)",
            LDAP + "| where SearchFilter has \"ms-MCS-AdmPwd\" and SearchFilter has \"computer\"",
            truth(
                "DeviceEvents",
                Technique.UNSECURED_CREDENTIALS,
                r -> r.summary().contains("LAPS"))),
        Arguments.of(
            "T1482 domain trusts (endpoint)",
            LDAP
                + "| where InitiatingProcessFileName !~ \"microsoft.tri.sensor.exe\"\n| where SearchFilter has \"trustedDomain\"",
            truth("DeviceEvents", Technique.DOMAIN_TRUST_DISCOVERY, r -> true)),
        Arguments.of(
            "SharpHound: a burst of distinct filters from one process",
            LDAP
                + "| summarize Filters = dcount(SearchFilter) by DeviceId, InitiatingProcessId, bin(Timestamp, 10m)\n"
                + "| where Filters > 20\n"
                + "| join kind=inner (DeviceEvents | where ActionType == \"LdapSearch\") on DeviceId, InitiatingProcessId",
            truth("DeviceEvents", null, r -> r.step() == AttackStep.SHARPHOUND)),
        Arguments.of(
            "T1558.004 AS-REP roastable (domain controller)",
            "IdentityQueryEvents\n| where ActionType == \"LDAP query\"\n"
                + "| parse Query with \"Search Scope: \" Scope \", Base Object:\" BaseObject \", Search Filter: \" Filter\n"
                + "| where Filter has \"4194304\"",
            truth("IdentityQueryEvents", Technique.AS_REP_ROASTING, r -> true)),
        Arguments.of(
            "T1482 domain trusts (domain controller)",
            "IdentityQueryEvents\n| where ActionType == \"LDAP query\"\n"
                + "| where tostring(AdditionalFields.SearchFilter) has \"trustedDomain\"",
            truth("IdentityQueryEvents", Technique.DOMAIN_TRUST_DISCOVERY, r -> true)),
        Arguments.of(
            "T1069.002 net group Domain Admins (domain controller)",
            "IdentityQueryEvents | where ActionType == \"SAMR query\" and QueryTarget == \"Domain Admins\"",
            truth(
                "IdentityQueryEvents",
                Technique.DOMAIN_GROUPS_DISCOVERY,
                r -> r.step() == AttackStep.NET_GROUP)),
        Arguments.of(
            "T1069.002 net group Domain Admins (endpoint)",
            "DeviceProcessEvents | where FileName in~ (\"net.exe\", \"net1.exe\") and ProcessCommandLine has \"Domain Admins\"",
            truth(
                "DeviceProcessEvents",
                Technique.DOMAIN_GROUPS_DISCOVERY,
                r -> r.step() == AttackStep.NET_GROUP && !r.summary().startsWith("net group"))),
        Arguments.of(
            "T1558.003 RC4 service tickets",
            "IdentityLogonEvents | where tostring(AdditionalFields.EncryptionType) == \"Rc4Hmac\"",
            truth("IdentityLogonEvents", Technique.KERBEROASTING, r -> true)),
        Arguments.of(
            "adsisearcher on the command line",
            "DeviceProcessEvents | where ProcessCommandLine has \"adsisearcher\"",
            truth("DeviceProcessEvents", null, r -> r.step() == AttackStep.ADSISEARCHER)),
        Arguments.of(
            "AdFind",
            "DeviceProcessEvents | where FileName =~ \"AdFind.exe\"",
            truth(
                "DeviceProcessEvents",
                null,
                r -> r.step() == AttackStep.ADFIND && r.summary().startsWith("AdFind lists"))),
        Arguments.of(
            "T1558.003 alerts",
            "AlertInfo | where AttackTechniques has \"T1558.003\" | extend ReportId = AlertId",
            truth("AlertInfo", Technique.KERBEROASTING, r -> true)));
  }

  private static Predicate<AttackRow> truth(
      String table, Technique techniqueOrNull, Predicate<AttackRow> condition) {
    return r ->
        r.table().equals(table)
            && (techniqueOrNull == null || r.technique() == techniqueOrNull)
            && condition.test(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hunts")
  void aHuntFindsExactlyTheAttackRows(String name, String kql, Predicate<AttackRow> expected)
      throws Exception {
    List<AttackRow> attack = TestEngine.summary().groundTruth().select(expected);
    assertThat(attack).as(name).isNotEmpty();
    assertThat(TestEngine.column(kql + "\n| project ReportId", "ReportId"))
        .as(name)
        .isEqualTo(GroundTruth.keys(attack));
  }

  @Test
  void theNotebooksUnfilteredQueriesAlsoMeetTheBenignNoise() throws Exception {
    assertThat(TestEngine.run(LDAP + "| where SearchFilter has \"trustedDomain\"").rowCount())
        .isGreaterThan(
            TestEngine.run(
                    LDAP
                        + "| where SearchFilter has \"trustedDomain\" and InitiatingProcessFileName !~ \"microsoft.tri.sensor.exe\"")
                .rowCount());
    assertThat(
            TestEngine.run(
                    LDAP
                        + "| where SearchFilter has \"servicePrincipalName\" and SearchFilter has \"user\"")
                .rowCount())
        .isGreaterThan(
            TestEngine.run(
                    LDAP
                        + "| where SearchFilter has \"servicePrincipalName\" and SearchFilter has \"user\" | where AttributeList !contains \"distinguishedName\" and InitiatingProcessFileName !~ \"Microsoft.Tri.Sensor.exe\"")
                .rowCount());
  }
}
