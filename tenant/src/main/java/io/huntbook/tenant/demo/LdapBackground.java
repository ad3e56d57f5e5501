package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Benign LDAP searches, the noise an LDAP hunt must see through: the Defender for Identity sensor
 * on the domain controllers (trust and krbtgt SPN queries), Windows Admin Center's cluster query
 * ({@code sme.exe}), {@code setspn.exe}, LAPS tooling used by administrators, Outlook address-book
 * lookups, Group Policy processing, printer searches, Active Directory Users and Computers, and a
 * nightly identity-sync service that lists protected accounts ({@code adminCount=1}).
 */
final class LdapBackground {
  private LdapBackground() {}

  static void write(Generation g) throws SQLException {
    SplittableRandom random = g.random("LdapSearch");
    scheduled(g, random);
    long n = g.count(8_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      int kind = random.nextInt(100);
      if (kind < 45) {
        Machine device = g.workstation(random);
        Account user = device.primaryUser();
        Account other = Generation.pick(random, g.directory.people);
        ProcessRun outlook =
            Processes.userApp(device, user, t, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
        LdapSearch search =
            random.nextBoolean()
                ? LdapSearch.subtree(
                    "(&(mail=*)(|(anr=" + other.surname() + ")))",
                    "displayName",
                    "mail",
                    "telephoneNumber",
                    "department")
                : LdapSearch.subtree(
                    "(&(objectCategory=person)(objectClass=user)(proxyAddresses=smtp:"
                        + other.upn()
                        + "))",
                    "displayName",
                    "mail",
                    "thumbnailPhoto");
        search(g, random, t, device, outlook, user.displayName(), search, 0.6);
      } else if (kind < 70) {
        Machine device = random.nextInt(4) == 0 ? g.server(random) : g.workstation(random);
        ProcessRun gpsvc = Processes.svchost(device, t, "netsvcs");
        LdapSearch search =
            random.nextBoolean()
                ? LdapSearch.subtree(
                    "(&(objectCategory=computer)(sAMAccountName=" + device.shortName() + "$))",
                    "distinguishedName",
                    "gPLink",
                    "gPOptions")
                : LdapSearch.base(
                    "(objectClass=*)",
                    "CN={31B2F340-016D-11D2-945F-00C04FB984F9},CN=Policies,CN=System,"
                        + Directory.BASE_DN,
                    "gPCFileSysPath",
                    "versionNumber",
                    "flags");
        search(g, random, t, device, gpsvc, device.shortName() + "$", search, 0.5);
      } else if (kind < 75) {
        Machine device = g.workstation(random);
        ProcessRun explorer = Processes.explorer(device, device.primaryUser(), t);
        ProcessRun printui =
            Processes.child(
                explorer,
                Images.RUNDLL32,
                "rundll32.exe printui.dll,PrintUIEntry /il",
                t.minusSeconds(2),
                i);
        search(
            g,
            random,
            t,
            device,
            printui,
            device.primaryUser().displayName(),
            LdapSearch.subtree(
                "(&(uncName=*)(objectCategory=printQueue))", "printerName", "location", "uNCName"),
            0.7);
      } else if (kind < 82) {
        Machine device = g.adminWorkstation(random);
        Account admin = g.admin(random);
        ProcessRun mmc =
            adminProcess(
                device,
                admin,
                t,
                Images.MMC,
                "\"C:\\Windows\\system32\\mmc.exe\" \"C:\\Windows\\system32\\dsa.msc\"");
        Account other = Generation.pick(random, g.directory.people);
        LdapSearch search =
            random.nextInt(6) == 0
                ? LdapSearch.subtree(
                    "(&(objectClass=group)(cn=Domain Admins))",
                    "member",
                    "description",
                    "managedBy")
                : LdapSearch.subtree(
                    "(&(objectCategory=person)(objectClass=user)(anr=" + other.givenName() + "))",
                    "cn",
                    "sAMAccountName",
                    "userAccountControl");
        search(g, random, t, device, mmc, admin.displayName(), search, 0.8);
      } else if (kind < 85) {
        Machine device = g.adminWorkstation(random);
        Account admin = g.admin(random);
        Account service = Generation.pick(random, g.directory.services);
        ProcessRun setspn =
            adminProcess(device, admin, t, Images.SETSPN, "setspn.exe -L " + service.sam());
        LdapSearch search =
            random.nextBoolean()
                ? LdapSearch.subtree(
                    "(sAMAccountName=" + service.sam() + ")", "servicePrincipalName")
                : LdapSearch.subtree(
                    "(&(objectCategory=user)(servicePrincipalName="
                        + (service.servicePrincipalNames().isEmpty()
                            ? "HTTP/intranet.contoso.local"
                            : service.servicePrincipalNames().get(0))
                        + "))",
                    "distinguishedName",
                    "servicePrincipalName");
        search(g, random, t, device, setspn, admin.displayName(), search, 0.8);
      } else if (kind < 89) {
        Machine device = g.adminWorkstation(random);
        Account admin = g.admin(random);
        Machine target = g.workstation(random);
        ProcessRun laps =
            adminProcess(device, admin, t, Images.LAPS_UI, Processes.quoted(Images.LAPS_UI));
        search(
            g,
            random,
            t,
            device,
            laps,
            admin.displayName(),
            LdapSearch.subtree(
                "(&(objectClass=computer)(cn=" + target.shortName() + "))",
                "ms-Mcs-AdmPwd",
                "ms-Mcs-AdmPwdExpirationTime"),
            0.8);
      } else if (kind < 92) {
        Machine device = g.adminWorkstation(random);
        Account admin = g.admin(random);
        Machine target = g.server(random);
        ProcessRun powershell =
            adminProcess(
                device,
                admin,
                t,
                Images.POWERSHELL,
                "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -NoExit -Command \"Get-LapsADPassword -Identity "
                    + target.shortName()
                    + " -AsPlainText\"");
        search(
            g,
            random,
            t,
            device,
            powershell,
            admin.displayName(),
            LdapSearch.subtree(
                "(&(objectCategory=computer)(name=" + target.shortName() + "))",
                "msLAPS-Password",
                "msLAPS-PasswordExpirationTime",
                "msLAPS-EncryptedPassword"),
            0.8);
      } else {
        Machine dc = g.domainController(random);
        Account subject = Generation.pick(random, g.directory.all);
        search(
            g,
            random,
            t,
            dc,
            sensor(dc, t),
            "",
            LdapSearch.subtree(
                "(objectSid=" + subject.sid() + ")",
                "sAMAccountName",
                "userAccountControl",
                "memberOf"),
            0);
      }
    }
  }

  /** Searches that happen on a timetable, whatever the scale. */
  private static void scheduled(Generation g, SplittableRandom random) throws SQLException {
    Instant day = TimeWindow.dayOf(g.window.start());
    for (; day.isBefore(g.window.end()); day = day.plus(Duration.ofDays(1))) {
      for (int hour = 1; hour < 24; hour += 4) {
        for (Machine dc : g.directory.domainControllers) {
          Instant t = day.plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(600));
          if (!g.window.contains(t)) {
            continue;
          }
          ProcessRun sensor = sensor(dc, t);
          search(
              g,
              random,
              t,
              dc,
              sensor,
              "",
              LdapSearch.subtree(
                  "(objectClass=trustedDomain)",
                  "flatName",
                  "trustPartner",
                  "trustDirection",
                  "trustType",
                  "trustAttributes"),
              0);
          search(
              g,
              random,
              t.plusMillis(350),
              dc,
              sensor,
              "",
              LdapSearch.subtree(
                  "(&(|(objectClass=user)(objectClass=computer))(servicePrincipalName=krbtgt/CONTOSO.LOCAL))",
                  "sAMAccountName",
                  "objectSid"),
              0);
        }
      }
      for (int hour = 0; hour < 24; hour += 3) {
        for (String name : new String[] {"SRV-CLUSTER01", "SRV-CLUSTER02"}) {
          Instant t = day.plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(900));
          if (!g.window.contains(t)) {
            continue;
          }
          Machine node = g.directory.server(name);
          ProcessRun sme =
              Processes.service(
                  node,
                  t,
                  Images.ADMIN_CENTER,
                  Processes.quoted(Images.ADMIN_CENTER),
                  Identity.NETWORK_SERVICE);
          search(
              g,
              random,
              t,
              node,
              sme,
              node.shortName() + "$",
              LdapSearch.subtree(
                  "(&(ObjectCategory=computer)(operatingSystem=*server*)(!serviceprincipalname=ClusterVirtualServer*)(cn=clusterserver))",
                  "dNSHostName",
                  "operatingSystem"),
              1);
        }
      }
      Instant night = day.plus(Duration.ofHours(2)).plusSeconds(random.nextInt(300));
      if (g.window.contains(night)) {
        Machine iam = g.directory.server("SRV-IAM01");
        Account svc = g.directory.service("svc-iam");
        ProcessRun sync =
            Processes.service(
                iam,
                night,
                Images.IDENTITY_SYNC,
                Processes.quoted(Images.IDENTITY_SYNC) + " /service",
                Identity.of(svc));
        String since =
            day.minus(Duration.ofDays(1)).toString().substring(0, 10).replace("-", "")
                + "000000.0Z";
        search(
            g,
            random,
            night,
            iam,
            sync,
            svc.displayName(),
            LdapSearch.subtree(
                "(&(objectCategory=person)(objectClass=user)(whenChanged>=" + since + "))",
                "sAMAccountName",
                "department",
                "title",
                "manager",
                "employeeID"),
            1);
        search(
            g,
            random,
            night.plusSeconds(8),
            iam,
            sync,
            svc.displayName(),
            LdapSearch.subtree(
                "(&(objectCategory=user)(adminCount=1))",
                "sAMAccountName",
                "memberOf",
                "adminCount"),
            1);
      }
    }
  }

  static ProcessRun sensor(Machine dc, Instant t) {
    return Processes.service(
        dc,
        t,
        Images.IDENTITY_SENSOR,
        Processes.quoted(Images.IDENTITY_SENSOR),
        Identity.LOCAL_SERVICE);
  }

  private static ProcessRun adminProcess(
      Machine device, Account admin, Instant t, Image image, String commandLine) {
    ProcessRun explorer = Processes.explorer(device, admin, t);
    ProcessRun process = Processes.child(explorer, image, commandLine, t.minusSeconds(20), 1);
    return new ProcessRun(
        image,
        process.processId(),
        commandLine,
        process.created(),
        process.account(),
        "High",
        "TokenElevationTypeFull",
        process.logonId(),
        explorer);
  }

  /**
   * Writes one benign search: always the endpoint event; at the domain controller with probability
   * {@code directoryShare} (Defender for Identity does not report every search), and an LDAP
   * connection now and then.
   */
  private static void search(
      Generation g,
      SplittableRandom random,
      Instant t,
      Machine device,
      ProcessRun process,
      String displayName,
      LdapSearch search,
      double directoryShare)
      throws SQLException {
    LdapTelemetry.endpoint(g.sink, Sink.BACKGROUND, t, device, process, search);
    if (device.isDomainController()) {
      return;
    }
    Machine dc = g.domainController(random);
    int port = Generation.ephemeralPort(random);
    if (random.nextDouble() < directoryShare) {
      ProcessRun.Identity account = process.account();
      if (account.sid().length() < 9) {
        account =
            new ProcessRun.Identity(
                Directory.NETBIOS, device.shortName() + "$", device.sid(), "", "");
        displayName = device.shortName() + "$";
      }
      LdapTelemetry.directory(
          g.sink,
          Sink.BACKGROUND,
          t.plusMillis(random.nextInt(40)),
          device,
          account,
          displayName,
          dc,
          search,
          port);
    }
    if (random.nextInt(4) == 0) {
      NetworkRows.outbound(
          g.sink,
          Sink.BACKGROUND,
          t.minusMillis(5),
          device,
          process,
          "ConnectionSuccess",
          dc.ip(),
          389,
          "",
          port,
          "Tcp");
    }
  }
}
