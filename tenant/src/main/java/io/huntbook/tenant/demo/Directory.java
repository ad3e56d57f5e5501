package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.Account.Kind;
import io.huntbook.tenant.demo.Machine.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulated Active Directory domain {@code contoso.local}: its accounts and devices, built
 * deterministically from the seed. The attack's victim is a fixed person at a fixed workstation so
 * that its ground truth does not depend on the amount of background generated.
 */
final class Directory {
  static final String DOMAIN = "contoso.local";
  static final String NETBIOS = "CONTOSO";
  static final String UPN_SUFFIX = "contoso.com";
  static final String BASE_DN = "DC=contoso,DC=local";
  static final String TENANT_ID = "3f2b8a41-7c55-4e0d-9b1a-5d6c2e8f0a17";

  static final int PEOPLE = 320;
  static final int WORKSTATIONS = 124;
  private static final int VICTIM_INDEX = 41;

  final String domainSid;
  final List<Account> people = new ArrayList<>();
  final List<Account> admins = new ArrayList<>();
  final List<Account> services = new ArrayList<>();
  final List<Account> builtins = new ArrayList<>();
  final List<Account> all = new ArrayList<>();
  final List<Machine> machines = new ArrayList<>();
  final List<Machine> workstations = new ArrayList<>();
  final List<Machine> servers = new ArrayList<>();
  final List<Machine> domainControllers = new ArrayList<>();
  final List<Machine> adminWorkstations = new ArrayList<>();
  private int nextMachineRid = 5000;

  private Directory(long seed) {
    SplittableRandom random = Ids.random(seed, "directory");
    domainSid =
        "S-1-5-21-"
            + (1_000_000_000L + random.nextLong(3_000_000_000L))
            + "-"
            + (1_000_000_000L + random.nextLong(3_000_000_000L))
            + "-"
            + (1_000_000_000L + random.nextLong(3_000_000_000L));
    buildAccounts(random);
    buildMachines(random);
    all.addAll(people);
    all.addAll(admins);
    all.addAll(services);
    all.addAll(builtins);
  }

  static Directory build(long seed) {
    return new Directory(seed);
  }

  Account victim() {
    return people.get(VICTIM_INDEX);
  }

  Machine victimWorkstation() {
    return workstations.get(VICTIM_INDEX);
  }

  Machine dc(int index) {
    return domainControllers.get(index);
  }

  Account service(String sam) {
    return services.stream().filter(a -> a.sam().equals(sam)).findFirst().orElseThrow();
  }

  Machine server(String shortName) {
    return servers.stream().filter(m -> m.shortName().equals(shortName)).findFirst().orElseThrow();
  }

  private void buildAccounts(SplittableRandom random) {
    Set<String> taken = new HashSet<>();
    int rid = 1104;
    while (people.size() < PEOPLE) {
      String given = Names.GIVEN.get(random.nextInt(Names.GIVEN.size()));
      String surname = Names.SURNAMES.get(random.nextInt(Names.SURNAMES.size()));
      String sam = (given + "." + surname).toLowerCase(Locale.ROOT);
      if (!taken.add(sam)) {
        continue;
      }
      String department = Names.DEPARTMENTS.get(random.nextInt(Names.DEPARTMENTS.size()));
      people.add(
          new Account(
              sam,
              given,
              surname,
              given + " " + surname,
              sam + "@" + UPN_SUFFIX,
              domainSid + "-" + rid++,
              Ids.uuid(random).toString(),
              department,
              department + " " + Names.TITLES.get(random.nextInt(Names.TITLES.size())),
              Names.CITIES.get(random.nextInt(Names.CITIES.size())),
              Kind.PERSON,
              List.of(),
              true,
              List.of("Domain Users", department)));
    }
    for (int i = 0; i < 6; i++) {
      Account person = people.get(i * 7 + 3);
      List<String> groups =
          i < 3
              ? List.of("Domain Users", "Domain Admins", "LAPS Readers")
              : List.of("Domain Users", "Server Operators", "LAPS Readers");
      admins.add(
          new Account(
              "adm-" + person.sam(),
              person.givenName(),
              person.surname(),
              person.displayName() + " (admin)",
              "adm-" + person.sam() + "@" + UPN_SUFFIX,
              domainSid + "-" + rid++,
              Ids.uuid(random).toString(),
              "IT",
              "Systems Administrator",
              person.city(),
              Kind.ADMIN,
              List.of(),
              true,
              groups));
    }
    service(random, rid++, "svc-sql", List.of("MSSQLSvc/srv-sql01.contoso.local:1433"), true);
    service(random, rid++, "svc-web", List.of("HTTP/intranet.contoso.local"), true);
    service(random, rid++, "svc-backup", List.of("backup/srv-bkp01.contoso.local"), true);
    service(random, rid++, "svc-sharepoint", List.of("HTTP/sharepoint.contoso.local"), true);
    service(random, rid++, "svc-iam", List.of(), true);
    service(random, rid++, "svc-scan", List.of(), true);
    service(random, rid++, "svc-legacyapp", List.of(), false);
    builtins.add(builtin(random, "Administrator", domainSid + "-500"));
    builtins.add(builtin(random, "krbtgt", domainSid + "-502"));
  }

  private void service(
      SplittableRandom random, int rid, String sam, List<String> spns, boolean preAuth) {
    services.add(
        new Account(
            sam,
            "",
            "",
            sam,
            sam + "@" + UPN_SUFFIX,
            domainSid + "-" + rid,
            Ids.uuid(random).toString(),
            "IT",
            "Service account",
            "Seattle",
            Kind.SERVICE,
            spns,
            preAuth,
            List.of("Domain Users")));
  }

  private Account builtin(SplittableRandom random, String sam, String sid) {
    return new Account(
        sam,
        "",
        "",
        sam,
        sam + "@" + UPN_SUFFIX,
        sid,
        Ids.uuid(random).toString(),
        "",
        "",
        "",
        Kind.BUILTIN,
        List.of(),
        true,
        sam.equals("Administrator") ? List.of("Domain Admins") : List.of());
  }

  private void buildMachines(SplittableRandom random) {
    domainControllers.add(machine(random, "DC01", "10.0.0.10", Role.DOMAIN_CONTROLLER, null));
    domainControllers.add(machine(random, "DC02", "10.0.0.11", Role.DOMAIN_CONTROLLER, null));
    String[] serverNames = {
      "SRV-SQL01", "SRV-SQL02", "SRV-WEB01", "SRV-WEB02", "SRV-FILE01", "SRV-FILE02",
      "SRV-APP01", "SRV-APP02", "SRV-APP03", "SRV-BKP01", "SRV-PRINT01", "SRV-CLUSTER01",
      "SRV-CLUSTER02", "SRV-WSUS01", "SRV-CA01", "SRV-SHAREPOINT01", "SRV-IAM01", "SRV-JUMP01",
      "SRV-RDS01", "SRV-RDS02", "SRV-MON01", "SRV-DEV01", "SRV-DEV02", "SRV-HR01"
    };
    for (int i = 0; i < serverNames.length; i++) {
      servers.add(machine(random, serverNames[i], "10.0.1." + (20 + i), Role.SERVER, null));
    }
    for (int i = 0; i < WORKSTATIONS; i++) {
      String name = "WS-" + (1001 + i);
      String ip = "10.1." + (i / 200) + "." + (20 + i % 200);
      workstations.add(machine(random, name, ip, Role.WORKSTATION, people.get(i)));
    }
    for (int i = 0; i < 3; i++) {
      adminWorkstations.add(
          machine(random, "PAW-0" + (i + 1), "10.0.2." + (10 + i), Role.WORKSTATION, null));
    }
    machines.addAll(domainControllers);
    machines.addAll(servers);
    machines.addAll(workstations);
    machines.addAll(adminWorkstations);
  }

  private Machine machine(
      SplittableRandom random, String shortName, String ip, Role role, Account user) {
    boolean windows11 = role == Role.WORKSTATION && random.nextInt(10) < 7;
    String platform =
        switch (role) {
          case DOMAIN_CONTROLLER -> "WindowsServer2022";
          case SERVER -> random.nextInt(3) == 0 ? "WindowsServer2019" : "WindowsServer2022";
          case WORKSTATION -> windows11 ? "Windows11" : "Windows10";
        };
    long build =
        switch (platform) {
          case "WindowsServer2019" -> 17763;
          case "WindowsServer2022" -> 20348;
          case "Windows11" -> 22631;
          default -> 19045;
        };
    String[][] models = {
      {"Latitude 7440", "Dell Inc."}, {"EliteBook 840 G10", "HP"}, {"ThinkPad T14 Gen 4", "LENOVO"}
    };
    String[] model =
        role == Role.WORKSTATION
            ? models[random.nextInt(models.length)]
            : new String[] {"Virtual Machine", "Microsoft Corporation"};
    return new Machine(
        Ids.hex(random, 40),
        shortName.toLowerCase(Locale.ROOT) + "." + DOMAIN,
        shortName,
        ip,
        role,
        platform,
        build,
        build == 22631 ? "23H2" : build == 19045 ? "22H2" : build == 20348 ? "21H2" : "1809",
        domainSid + "-" + nextMachineRid++,
        Ids.uuid(random).toString(),
        Ids.hex(random, 12).toUpperCase(Locale.ROOT),
        model[0],
        model[1],
        user);
  }
}
