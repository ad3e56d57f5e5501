package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes what one LDAP search leaves behind: the endpoint's {@code LdapSearch} event in
 * DeviceEvents (with the process that searched), and the domain controller's {@code LDAP query} in
 * IdentityQueryEvents (with the account and source host, but no process).
 */
final class LdapTelemetry {
  private LdapTelemetry() {}

  /**
   * The endpoint event.
   *
   * @return its ReportId
   */
  static String endpoint(
      Sink sink, int stream, Instant time, Machine device, ProcessRun process, LdapSearch search)
      throws SQLException {
    TableWriter row = sink.table("DeviceEvents");
    row.set("Timestamp", time);
    RowFiller.device(row, device);
    row.set("ActionType", "LdapSearch");
    RowFiller.initiating(row, process);
    row.set(
        "AdditionalFields",
        Json.object(
            "AttributeList",
            Json.array(search.attributes()),
            "ScopeOfSearch",
            search.scope().endpointName,
            "SearchFilter",
            search.filter(),
            "DistinguishedName",
            search.baseDistinguishedName()));
    String id = sink.reportId(row, stream);
    row.endRow();
    return id;
  }

  /**
   * The domain controller's record of the search.
   *
   * @return its ReportId
   */
  static String directory(
      Sink sink,
      int stream,
      Instant time,
      Machine source,
      ProcessRun.Identity account,
      String displayName,
      Machine domainController,
      LdapSearch search,
      int sourcePort)
      throws SQLException {
    TableWriter row = sink.table("IdentityQueryEvents");
    row.set("Timestamp", time);
    row.set("ActionType", "LDAP query");
    row.set("Application", "Active Directory");
    row.set("QueryType", queryType(search.filter()));
    row.set("QueryTarget", queryTarget(search.filter()));
    row.set(
        "Query",
        "Search Scope: "
            + search.scope().directoryName
            + ", Base Object:"
            + search.baseDistinguishedName()
            + ", Search Filter: "
            + search.filter());
    row.set("Protocol", "Ldap");
    row.set("AccountName", account.name());
    row.set("AccountDomain", Directory.DOMAIN);
    row.set("AccountUpn", account.upn());
    row.set("AccountSid", account.sid());
    row.set("AccountObjectId", account.objectId());
    row.set("AccountDisplayName", displayName);
    row.set("DeviceName", source.name());
    row.set("IPAddress", source.ip());
    row.set("Port", sourcePort);
    row.set("DestinationDeviceName", domainController.name());
    row.set("DestinationIPAddress", domainController.ip());
    row.set("DestinationPort", 389);
    row.set("Location", "");
    row.set(
        "AdditionalFields",
        Json.object(
            "SearchFilter",
            search.filter(),
            "BaseObject",
            search.baseDistinguishedName(),
            "SearchScope",
            search.scope().directoryName,
            "AttributeList",
            String.join(",", search.attributes()),
            "FROM.DEVICE",
            source.shortName(),
            "TO.DEVICE",
            domainController.shortName(),
            "SourceComputerOperatingSystem",
            source.osPlatform().toLowerCase(Locale.ROOT),
            "SourceComputerSid",
            source.sid(),
            "Count",
            1));
    String id = sink.reportId(row, stream);
    row.endRow();
    return id;
  }

  /** A coarse category of the search, in the spirit of Defender for Identity's QueryType. */
  static String queryType(String filter) {
    String f = filter.toLowerCase(Locale.ROOT);
    if (f.contains("trusteddomain")) {
      return "AllTrustedDomains";
    }
    if (f.contains("serviceprincipalname")) {
      return "AllUsersWithSpn";
    }
    if (f.contains("domain admins") || f.contains("objectclass=group")) {
      return "Group";
    }
    if (f.contains("admincount")) {
      return "AllSensitiveAccounts";
    }
    if (f.contains("objectcategory=computer") || f.contains("805306369")) {
      return "AllComputers";
    }
    if (f.contains("805306368") || f.contains("objectcategory=person")) {
      return "AllUsers";
    }
    return "";
  }

  private static String queryTarget(String filter) {
    return filter.toLowerCase(Locale.ROOT).contains("domain admins") ? "Domain Admins" : "";
  }
}
