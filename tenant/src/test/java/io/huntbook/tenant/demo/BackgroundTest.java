package io.huntbook.tenant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.tenant.truth.GroundTruth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benign background the hunts must see through is present in the tables they read. */
class BackgroundTest {

  @ParameterizedTest(name = "LDAP searches by {0}")
  @CsvSource({
    "Microsoft.Tri.Sensor.exe",
    "setspn.exe",
    "sme.exe",
    "AdmPwd.UI.exe",
    "OUTLOOK.EXE",
    "IdentitySync.exe",
    "mmc.exe",
    "svchost.exe",
    "powershell.exe"
  })
  void benignLdapSearchesComeFromKnownTools(String process) throws Exception {
    assertThat(
            TestTenant.count(
                "SELECT count(*) FROM DeviceEvents WHERE ActionType = 'LdapSearch'"
                    + " AND InitiatingProcessFileName = '"
                    + process
                    + "' AND InitiatingProcessCommandLine NOT ILIKE '%adsisearcher%'"))
        .isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "IdentityQueryEvents, ActionType = 'LDAP query' AND AccountName <> 'anyone',",
    "IdentityQueryEvents, ActionType = 'SAMR query',",
    "IdentityQueryEvents, ActionType = 'DNS query',",
    "DeviceNetworkEvents, RemotePort = 389,",
    "DeviceNetworkEvents, RemotePort = 636,",
    "DeviceNetworkEvents, RemotePort = 3268,",
    "DeviceNetworkEvents, RemotePort = 88,",
    "DeviceProcessEvents, FileName = 'powershell.exe',",
    "DeviceProcessEvents, FileName = 'setspn.exe',",
    "DeviceLogonEvents, ActionType = 'LogonFailed',",
    "IdentityLogonEvents, Protocol = 'Kerberos',",
    "IdentityDirectoryEvents, ActionType = 'Group Membership changed',",
    "AlertInfo, Severity <> '',",
    "EmailEvents, ThreatTypes = 'Phish',"
  })
  void benignRowsExistBesideTheAttack(String table, String condition) throws Exception {
    String keyColumn =
        switch (table) {
          case "AlertInfo" -> "AlertId";
          case "EmailEvents" -> "NetworkMessageId";
          default -> "ReportId";
        };
    StringBuilder attackKeys = new StringBuilder("''");
    for (String key : GroundTruth.keys(TestTenant.summary().groundTruth().rows(table))) {
      attackKeys.append(", '").append(key).append("'");
    }
    long benign =
        TestTenant.count(
            "SELECT count(*) FROM "
                + table
                + " WHERE "
                + condition
                + " AND CAST("
                + keyColumn
                + " AS VARCHAR) NOT IN ("
                + attackKeys
                + ")");
    assertThat(benign).as(table + " " + condition).isPositive();
  }
}
