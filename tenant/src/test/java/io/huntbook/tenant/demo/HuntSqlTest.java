package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.tenant.truth.AttackRow;
import io.huntbook.tenant.truth.AttackStep;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.truth.Technique;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hunts written in SQL over the stored tables find exactly the attack's rows once the known benign
 * initiators are excluded, and more than those without the exclusion (the background makes the hunt
 * non-trivial).
 */
class HuntSqlTest {
  private static final String SEARCH_FILTER =
      "json_extract_string(AdditionalFields, '$.SearchFilter')";

  private static String ldap(String condition) {
    return "SELECT ReportId FROM DeviceEvents WHERE ActionType = 'LdapSearch' AND " + condition;
  }

  static Stream<Arguments> hunts() {
    return Stream.of(
        Arguments.of(
            "Domain Admins",
            ldap(SEARCH_FILTER + " ILIKE '%Domain Admins%'"),
            " AND InitiatingProcessFileName <> 'mmc.exe'",
            truth("DeviceEvents", Technique.DOMAIN_GROUPS_DISCOVERY, AttackStep.ADSISEARCHER)),
        Arguments.of(
            "adminCount",
            ldap(SEARCH_FILTER + " ILIKE '%admincount=1%'"),
            " AND InitiatingProcessFileName <> 'IdentitySync.exe'",
            truth("DeviceEvents", Technique.DOMAIN_ACCOUNT_DISCOVERY, AttackStep.ADSISEARCHER)),
        Arguments.of(
            "unconstrained delegation",
            ldap(SEARCH_FILTER + " LIKE '%524288%'"),
            "",
            truth("DeviceEvents", Technique.REMOTE_SYSTEM_DISCOVERY, AttackStep.ADSISEARCHER)),
        Arguments.of(
            "AS-REP roastable",
            ldap(SEARCH_FILTER + " LIKE '%4194304%'"),
            "",
            truth("DeviceEvents", Technique.AS_REP_ROASTING, null)),
        Arguments.of(
            "accounts with SPNs",
            ldap(SEARCH_FILTER + " ILIKE '%servicePrincipalName=*%'"),
            "",
            truth("DeviceEvents", Technique.KERBEROASTING, null)),
        Arguments.of(
            "LAPS passwords",
            ldap(SEARCH_FILTER + " ILIKE '%ms-MCS-AdmPwd%'"),
            "",
            truthOf(
                "DeviceEvents",
                r ->
                    r.technique() == Technique.UNSECURED_CREDENTIALS
                        && r.summary().contains("LAPS"))),
        Arguments.of(
            "domain trusts",
            ldap(SEARCH_FILTER + " ILIKE '%trustedDomain%'"),
            " AND lower(InitiatingProcessFileName) <> 'microsoft.tri.sensor.exe'",
            truth("DeviceEvents", Technique.DOMAIN_TRUST_DISCOVERY, null)),
        Arguments.of(
            "AS-REP roastable at the domain controller",
            "SELECT ReportId FROM IdentityQueryEvents WHERE ActionType = 'LDAP query'"
                + " AND Query LIKE '%4194304%'",
            "",
            truth("IdentityQueryEvents", Technique.AS_REP_ROASTING, null)),
        Arguments.of(
            "net group Domain Admins at the domain controller",
            "SELECT ReportId FROM IdentityQueryEvents WHERE ActionType = 'SAMR query'"
                + " AND QueryTarget = 'Domain Admins'",
            "",
            truth("IdentityQueryEvents", Technique.DOMAIN_GROUPS_DISCOVERY, AttackStep.NET_GROUP)),
        Arguments.of(
            "RC4 service tickets",
            "SELECT ReportId FROM IdentityLogonEvents"
                + " WHERE json_extract_string(AdditionalFields, '$.EncryptionType') = 'Rc4Hmac'",
            "",
            truth("IdentityLogonEvents", Technique.KERBEROASTING, AttackStep.KERBEROAST)),
        Arguments.of(
            "adsisearcher command lines",
            "SELECT ReportId FROM DeviceProcessEvents WHERE ProcessCommandLine ILIKE '%adsisearcher%'",
            "",
            truthOf("DeviceProcessEvents", r -> r.step() == AttackStep.ADSISEARCHER)),
        Arguments.of(
            "a burst of distinct filters from one process",
            ldap(
                "(DeviceId, InitiatingProcessId) IN (SELECT DeviceId, InitiatingProcessId FROM"
                    + " DeviceEvents WHERE ActionType = 'LdapSearch' GROUP BY DeviceId,"
                    + " InitiatingProcessId, InitiatingProcessCreationTime,"
                    + " time_bucket(INTERVAL 10 MINUTE, \"Timestamp\") HAVING count(DISTINCT "
                    + SEARCH_FILTER
                    + ") > 20)"),
            "",
            truthOf("DeviceEvents", r -> r.step() == AttackStep.SHARPHOUND)));
  }

  private static Predicate<AttackRow> truth(
      String table, Technique technique, AttackStep stepOrNull) {
    return r ->
        r.table().equals(table)
            && r.technique() == technique
            && (stepOrNull == null || r.step() == stepOrNull);
  }

  private static Predicate<AttackRow> truthOf(String table, Predicate<AttackRow> condition) {
    return r -> r.table().equals(table) && condition.test(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hunts")
  void findsExactlyTheAttackRows(
      String name, String hunt, String exclusion, Predicate<AttackRow> expected) throws Exception {
    GroundTruth truth = TestTenant.summary().groundTruth();
    List<AttackRow> attackRows = truth.select(expected);
    assertThat(attackRows).as(name).isNotEmpty();
    TreeSet<String> found = new TreeSet<>(TestTenant.column(hunt + exclusion));
    assertThat(found).as(name).isEqualTo(GroundTruth.keys(attackRows));
    if (!exclusion.isEmpty()) {
      assertThat(TestTenant.column(hunt))
          .as(name + " without excluding the benign initiator")
          .hasSizeGreaterThan(attackRows.size());
    }
  }
}
