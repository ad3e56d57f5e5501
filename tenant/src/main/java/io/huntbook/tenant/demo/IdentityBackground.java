package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What Defender for Identity reports besides LDAP: Kerberos and NTLM authentications and cloud
 * sign-ins (IdentityLogonEvents), directory changes and replication (IdentityDirectoryEvents), SAMR
 * and DNS queries (IdentityQueryEvents), and the accounts themselves (IdentityInfo,
 * IdentityAccountInfo).
 */
final class IdentityBackground {
  private IdentityBackground() {}

  static void writeLogons(Generation g) throws SQLException {
    SplittableRandom random = g.random("IdentityLogonEvents");
    TableWriter row = g.sink.table("IdentityLogonEvents");
    long n = g.count(10_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine source = g.workstation(random);
      Account account = source.primaryUser();
      Machine dc = g.domainController(random);
      int kind = random.nextInt(100);
      boolean failed = random.nextInt(40) == 0;
      row.set("Timestamp", t);
      row.set("ActionType", failed ? "LogonFailed" : "LogonSuccess");
      row.set("AccountName", account.sam());
      row.set("AccountUpn", account.upn());
      row.set("AccountObjectId", account.objectId());
      row.set("AccountDisplayName", account.displayName());
      if (kind < 70) {
        Machine target = random.nextBoolean() ? g.server(random) : dc;
        row.set("Application", "Active Directory");
        row.set(
            "LogonType",
            kind < 20 ? "Interactive" : kind < 60 ? "Resource access" : "Credentials validation");
        row.set("Protocol", random.nextInt(6) == 0 ? "Ntlm" : "Kerberos");
        row.set("AccountDomain", Directory.DOMAIN);
        row.set("AccountSid", account.sid());
        row.set("DeviceName", source.name());
        row.set("DeviceType", "Workstation");
        row.set("OSPlatform", source.osPlatform());
        row.set("IPAddress", source.ip());
        row.set("Port", Generation.ephemeralPort(random));
        row.set("DestinationDeviceName", dc.name());
        row.set("DestinationIPAddress", dc.ip());
        row.set("DestinationPort", 88);
        row.set("TargetDeviceName", target.name());
        row.set(
            "AdditionalFields",
            Json.object(
                "Spns",
                "cifs/" + target.name(),
                "ACTOR.DEVICE",
                source.shortName(),
                "TO.DEVICE",
                dc.shortName()));
        if (failed) {
          row.set("FailureReason", "WrongPassword");
        }
      } else {
        row.set(
            "Application",
            Generation.pick(
                random,
                "Office 365",
                "Microsoft Teams",
                "Microsoft Exchange Online",
                "Microsoft SharePoint Online"));
        row.set("LogonType", "Login:login");
        row.set("AccountDomain", Directory.UPN_SUFFIX);
        row.set("DeviceType", "Desktop");
        row.set("OSPlatform", "Windows");
        row.set("IPAddress", "203.0.113." + (1 + random.nextInt(200)));
        row.set(
            "Location",
            account.city().equals("Seattle") || account.city().equals("Toronto") ? "US" : "GB");
        row.set("Isp", "Contoso Networks");
        row.set(
            "AdditionalFields",
            Json.object(
                "IsAnonymousProxy",
                false,
                "UserAgent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"));
        if (failed) {
          row.set("FailureReason", "UserStrongAuthClientAuthNRequiredInterrupt");
        }
      }
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  static void writeDirectory(Generation g) throws SQLException {
    SplittableRandom random = g.random("IdentityDirectoryEvents");
    TableWriter row = g.sink.table("IdentityDirectoryEvents");
    long n = g.count(1_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine dc = g.domainController(random);
      Account actor = g.admin(random);
      Account target = Generation.pick(random, g.directory.people);
      Machine from = g.adminWorkstation(random);
      int kind = random.nextInt(100);
      row.set("Timestamp", t);
      row.set("Application", "Active Directory");
      row.set("DestinationDeviceName", dc.name());
      row.set("DestinationIPAddress", dc.ip());
      row.set("Port", Generation.ephemeralPort(random));
      if (kind < 40) {
        row.set("ActionType", "Account Password changed");
        row.set("Protocol", "Kerberos");
        actor = target;
        from = g.workstation(random);
        row.set("DestinationPort", 464);
        row.set(
            "AdditionalFields",
            Json.object(
                "TARGET_OBJECT.USER", target.displayName(), "ACTOR.ACCOUNT", target.displayName()));
      } else if (kind < 60) {
        String group = Generation.pick(random, Names.DEPARTMENTS);
        row.set("ActionType", "Group Membership changed");
        row.set("Protocol", "Ldap");
        row.set("DestinationPort", 389);
        row.set(
            "AdditionalFields",
            Json.object(
                "TO.GROUP",
                group,
                "TARGET_OBJECT.USER",
                target.displayName(),
                "ACTOR.ACCOUNT",
                actor.displayName()));
      } else if (kind < 70) {
        row.set("ActionType", "Account Unlock changed");
        row.set("Protocol", "Ldap");
        row.set("DestinationPort", 389);
        row.set(
            "AdditionalFields",
            Json.object(
                "TARGET_OBJECT.USER", target.displayName(), "ACTOR.ACCOUNT", actor.displayName()));
      } else {
        Machine other = g.directory.domainControllers.get(dc == g.directory.dc(0) ? 1 : 0);
        row.set("ActionType", "Directory Services replication");
        row.set("Protocol", "Drsr");
        row.set("DestinationPort", 135);
        row.set("AccountName", other.shortName() + "$");
        row.set("AccountDomain", Directory.DOMAIN);
        row.set("AccountSid", other.sid());
        row.set("DeviceName", other.name());
        row.set("IPAddress", other.ip());
        row.set(
            "AdditionalFields",
            Json.object(
                "SourceComputerOperatingSystem",
                "windows server 2022",
                "FROM.DEVICE",
                other.shortName(),
                "TO.DEVICE",
                dc.shortName()));
        g.sink.reportId(row, Sink.BACKGROUND);
        row.endRow();
        continue;
      }
      row.set("TargetAccountUpn", target.upn());
      row.set("TargetAccountDisplayName", target.displayName());
      row.set("AccountName", actor.sam());
      row.set("AccountDomain", Directory.DOMAIN);
      row.set("AccountUpn", actor.upn());
      row.set("AccountSid", actor.sid());
      row.set("AccountObjectId", actor.objectId());
      row.set("AccountDisplayName", actor.displayName());
      row.set("DeviceName", from.name());
      row.set("IPAddress", from.ip());
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  /** SAMR and DNS queries (the LDAP ones come with {@link LdapBackground}). */
  static void writeQueries(Generation g) throws SQLException {
    SplittableRandom random = g.random("IdentityQueryEvents");
    TableWriter row = g.sink.table("IdentityQueryEvents");
    long n = g.count(6_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Machine source = random.nextInt(5) == 0 ? g.server(random) : g.workstation(random);
      Machine dc = g.domainController(random);
      row.set("Timestamp", t);
      row.set("Application", "Active Directory");
      row.set("DeviceName", source.name());
      row.set("IPAddress", source.ip());
      row.set("Port", Generation.ephemeralPort(random));
      row.set("DestinationDeviceName", dc.name());
      row.set("DestinationIPAddress", dc.ip());
      if (random.nextInt(100) < 35) {
        Account account =
            source.primaryUser() != null ? source.primaryUser() : g.directory.service("svc-scan");
        String target =
            Generation.pick(
                random,
                "Domain Users",
                account.department(),
                "Administrators",
                "Remote Desktop Users");
        boolean group = random.nextInt(3) > 0;
        row.set("ActionType", "SAMR query");
        row.set("QueryType", group ? "QueryGroup" : "QueryUser");
        row.set("QueryTarget", group ? target : account.displayName());
        row.set("Query", group ? "QueryGroup" : "QueryUser");
        row.set("Protocol", "Samr");
        row.set("DestinationPort", 445);
        row.set("AccountName", account.sam());
        row.set("AccountDomain", Directory.DOMAIN);
        row.set("AccountUpn", account.upn());
        row.set("AccountSid", account.sid());
        row.set("AccountObjectId", account.objectId());
        row.set("AccountDisplayName", account.displayName());
        row.set(
            "AdditionalFields",
            group
                ? Json.object(
                    "TARGET_OBJECT.GROUP",
                    target,
                    "FROM.DEVICE",
                    source.shortName(),
                    "TO.DEVICE",
                    dc.shortName())
                : Json.object(
                    "TARGET_OBJECT.USER",
                    account.displayName(),
                    "FROM.DEVICE",
                    source.shortName(),
                    "TO.DEVICE",
                    dc.shortName()));
      } else {
        String name =
            Generation.pick(
                random,
                "_ldap._tcp.dc._msdcs.contoso.local",
                "_kerberos._tcp.contoso.local",
                "srv-file01.contoso.local",
                "srv-sql01.contoso.local",
                "intranet.contoso.local",
                "wpad.contoso.local",
                g.workstation(random).name());
        String type = name.startsWith("_") ? "Srv" : "A";
        row.set("ActionType", "DNS query");
        row.set("QueryType", type);
        row.set("QueryTarget", name);
        row.set("Query", name);
        row.set("Protocol", "Dns");
        row.set("DestinationPort", 53);
        row.set(
            "AdditionalFields",
            Json.object("FROM.DEVICE", source.shortName(), "TO.DEVICE", dc.shortName()));
      }
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  /** One IdentityInfo and one IdentityAccountInfo row per account. */
  static void writeAccounts(Generation g) throws SQLException {
    SplittableRandom random = g.random("IdentityInfo");
    TableWriter info = g.sink.table("IdentityInfo");
    TableWriter accounts = g.sink.table("IdentityAccountInfo");
    Instant created = g.window.start().minus(Duration.ofDays(900));
    for (Account a : g.directory.all) {
      Instant t = g.window.start().plus(Duration.ofHours(random.nextInt(24 * g.window.days())));
      info.set("Timestamp", t);
      info.set("AccountObjectId", a.objectId());
      info.set("AccountUpn", a.upn());
      info.set("OnPremSid", a.sid());
      info.set("AccountDisplayName", a.displayName());
      info.set("AccountName", a.sam());
      info.set("AccountDomain", Directory.DOMAIN);
      info.set(
          "CriticalityLevel",
          a.isAdmin() || a.sam().equals("krbtgt") ? 4 : a.kind() == Account.Kind.SERVICE ? 2 : 0);
      info.set("Type", a.kind() == Account.Kind.SERVICE ? "ServiceAccount" : "User");
      info.set("DistinguishedName", a.distinguishedName());
      info.set("GivenName", a.givenName());
      info.set("Surname", a.surname());
      info.set("Department", a.department());
      info.set("JobTitle", a.jobTitle());
      info.set("EmailAddress", a.kind() == Account.Kind.PERSON ? a.upn() : "");
      info.set("City", a.city());
      info.set(
          "Country",
          a.city().equals("Seattle")
              ? "US"
              : a.city().equals("Toronto") ? "CA" : a.city().isEmpty() ? "" : "EU");
      info.set("IsAccountEnabled", true);
      info.set("CreatedDateTime", created.plus(Duration.ofHours(random.nextInt(20_000))));
      info.set("ChangeSource", "ActiveDirectory");
      info.set("CompanyName", "Contoso");
      info.set("OtherMailAddresses", "[]");
      info.set("RiskLevel", "");
      info.set("Tags", a.isAdmin() ? "[\"Sensitive\"]" : "[]");
      info.set("AssignedRoles", a.isAdmin() ? "[\"Global Reader\"]" : "[]");
      info.set("PrivilegedEntraPimRoles", "[]");
      info.set("TenantId", Directory.TENANT_ID);
      info.set("SourceSystem", "ActiveDirectory");
      info.set("OnPremObjectId", a.objectId());
      info.set("TenantMembershipType", "Member");
      info.set("UserAccountControl", Json.array(userAccountControl(a)));
      info.set("IdentityEnvironment", "Hybrid");
      info.set("SourceProviders", "[\"ActiveDirectory\",\"AzureActiveDirectory\"]");
      info.set("GroupMembership", Json.array(a.groups()));
      g.sink.reportId(info, Sink.BACKGROUND);
      info.endRow();

      accounts.set("Timestamp", t);
      accounts.set("SourceProviderAccountId", a.sid());
      accounts.set("AccountId", a.objectId());
      accounts.set("IdentityId", Ids.uuid(random).toString());
      accounts.set("IsPrimary", true);
      accounts.set("DisplayName", a.displayName());
      accounts.set("AccountUpn", a.upn());
      accounts.set("EmailAddress", a.kind() == Account.Kind.PERSON ? a.upn() : "");
      accounts.set("CriticalityLevel", a.isAdmin() ? 4 : 0);
      accounts.set("Type", a.kind() == Account.Kind.SERVICE ? "ServiceAccount" : "User");
      accounts.set("GivenName", a.givenName());
      accounts.set("Surname", a.surname());
      accounts.set("Department", a.department());
      accounts.set("JobTitle", a.jobTitle());
      accounts.set("City", a.city());
      accounts.set("Sid", a.sid());
      accounts.set("AccountStatus", "Enabled");
      accounts.set("SourceProvider", "ActiveDirectory");
      accounts.set("SourceProviderInstanceId", Directory.DOMAIN);
      accounts.set("SourceProviderInstanceDisplayName", Directory.DOMAIN);
      accounts.set(
          "EnrolledMfas", a.kind() == Account.Kind.PERSON ? "[\"MicrosoftAuthenticator\"]" : "[]");
      accounts.set("GroupMembership", Json.array(a.groups()));
      accounts.set("AssignedRoles", "[]");
      accounts.set("EligibleRoles", "[]");
      accounts.set("TenantMembershipType", "Member");
      accounts.set("Tags", "[]");
      accounts.set(
          "AdditionalFields", Json.object("ServicePrincipalNames", a.servicePrincipalNames()));
      accounts.set("TenantId", Directory.TENANT_ID);
      g.sink.reportId(accounts, Sink.BACKGROUND);
      accounts.endRow();
    }
  }

  private static List<String> userAccountControl(Account a) {
    if (!a.preAuthenticationRequired()) {
      return List.of("NormalAccount", "DontRequirePreauth", "PasswordNeverExpires");
    }
    return a.kind() == Account.Kind.SERVICE
        ? List.of("NormalAccount", "PasswordNeverExpires")
        : List.of("NormalAccount");
  }
}
