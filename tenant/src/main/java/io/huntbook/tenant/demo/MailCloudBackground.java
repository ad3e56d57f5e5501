package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Email (EmailEvents with their attachments, URLs, post-delivery actions and Safe Links clicks) and
 * the cloud side (Entra ID user and service-principal sign-ins, Microsoft 365 app activity).
 */
final class MailCloudBackground {
  private MailCloudBackground() {}

  private static final String[][] SENDERS = {
    {"news@fabrikam.com", "Fabrikam News", "Your weekly industry digest"},
    {"billing@northwindtraders.com", "Northwind Billing", "Invoice for November"},
    {"noreply@linkedin.com", "LinkedIn", "You appeared in 9 searches this week"},
    {"events@adatum.com", "Adatum Events", "Invitation: partner summit"},
    {"support@tailspintoys.com", "Tailspin Support", "Your ticket has been updated"},
    {"deals@wingtiptoys.com", "Wingtip Deals", "Last chance: 40% off"},
  };

  static void writeMail(Generation g) throws SQLException {
    SplittableRandom random = g.random("EmailEvents");
    TableWriter mail = g.sink.table("EmailEvents");
    TableWriter attachments = g.sink.table("EmailAttachmentInfo");
    TableWriter urls = g.sink.table("EmailUrlInfo");
    TableWriter post = g.sink.table("EmailPostDeliveryEvents");
    TableWriter clicks = g.sink.table("UrlClickEvents");
    long n = g.count(5_000);
    for (long i = 0; i < n; i++) {
      Instant t = g.window.working(random);
      Account recipient = Generation.pick(random, g.directory.people);
      boolean internal = random.nextInt(3) == 0;
      Account colleague = Generation.pick(random, g.directory.people);
      String[] sender = Generation.pick(random, SENDERS);
      String from = internal ? colleague.upn() : sender[0];
      String fromDomain = from.substring(from.indexOf('@') + 1);
      String subject =
          internal
              ? Generation.pick(
                  random,
                  "Re: project update",
                  "Lunch on Friday?",
                  "Updated " + Generation.pick(random, Names.DOCUMENTS),
                  "Agenda for tomorrow")
              : sender[2];
      int threat = random.nextInt(100);
      boolean spam = !internal && threat < 8;
      boolean phish = !internal && threat >= 8 && threat < 10;
      boolean attachment = random.nextInt(5) == 0;
      int urlCount = internal ? 0 : 1 + random.nextInt(3);
      String messageId = Ids.uuid(random).toString();
      mail.set("Timestamp", t);
      mail.set("NetworkMessageId", messageId);
      mail.set("InternetMessageId", "<" + Ids.hex(random, 24) + "@" + fromDomain + ">");
      mail.set("SenderMailFromAddress", from);
      mail.set("SenderFromAddress", from);
      mail.set("SenderDisplayName", internal ? colleague.displayName() : sender[1]);
      mail.set("SenderObjectId", internal ? colleague.objectId() : "");
      mail.set("SenderMailFromDomain", fromDomain);
      mail.set("SenderFromDomain", fromDomain);
      mail.set("SenderIPv4", internal ? "10.0.1.40" : Generation.publicAddress(fromDomain));
      mail.set("RecipientEmailAddress", recipient.upn());
      mail.set("RecipientObjectId", recipient.objectId());
      mail.set("Subject", subject);
      mail.set("EmailClusterId", Math.floorMod(Ids.mix(3, subject), 1L << 40));
      mail.set("EmailDirection", internal ? "Intra-org" : "Inbound");
      mail.set("DeliveryAction", phish ? "Blocked" : spam ? "Junked" : "Delivered");
      mail.set("DeliveryLocation", phish ? "Quarantine" : spam ? "Junk folder" : "Inbox/folder");
      mail.set("ThreatTypes", phish ? "Phish" : spam ? "Spam" : "");
      mail.set(
          "DetectionMethods",
          phish
              ? "{\"Phish\":[\"URL detonation reputation\"]}"
              : spam ? "{\"Spam\":[\"Advanced filter\"]}" : "");
      mail.set(
          "ConfidenceLevel", phish ? "{\"Phish\":\"High\"}" : spam ? "{\"Spam\":\"Normal\"}" : "");
      mail.set("BulkComplaintLevel", internal ? 0 : random.nextInt(8));
      mail.set(
          "AuthenticationDetails",
          "{\"SPF\":\"pass\",\"DKIM\":\"pass\",\"DMARC\":\"pass\",\"CompAuth\":\"pass\"}");
      mail.set("AttachmentCount", attachment ? 1 : 0);
      mail.set("UrlCount", urlCount);
      mail.set("EmailLanguage", "en");
      mail.set("Connectors", "");
      mail.set("OrgLevelAction", "");
      mail.set("AdditionalFields", "");
      mail.set(
          "LatestDeliveryLocation", phish ? "Quarantine" : spam ? "Junk folder" : "Inbox/folder");
      mail.set("LatestDeliveryAction", phish ? "Blocked" : spam ? "Junked" : "Delivered");
      g.sink.reportId(mail, Sink.BACKGROUND);
      mail.endRow();
      if (attachment) {
        String file = Generation.pick(random, Names.DOCUMENTS);
        attachments.set("Timestamp", t);
        attachments.set("NetworkMessageId", messageId);
        attachments.set("SenderFromAddress", from);
        attachments.set("SenderDisplayName", internal ? colleague.displayName() : sender[1]);
        attachments.set("SenderObjectId", internal ? colleague.objectId() : "");
        attachments.set("RecipientEmailAddress", recipient.upn());
        attachments.set("RecipientObjectId", recipient.objectId());
        attachments.set("FileName", file);
        attachments.set("FileType", file.substring(file.lastIndexOf('.') + 1));
        attachments.set("SHA256", Ids.digest("SHA-256", file + i));
        attachments.set("FileSize", 20_000L + random.nextInt(2_000_000));
        g.sink.reportId(attachments, Sink.BACKGROUND);
        attachments.endRow();
      }
      for (int u = 0; u < urlCount; u++) {
        String url =
            "https://"
                + fromDomain
                + "/"
                + Generation.pick(random, "news", "account", "events", "offers")
                + "/"
                + Ids.hex(random, 10);
        urls.set("Timestamp", t);
        urls.set("NetworkMessageId", messageId);
        urls.set("Url", url);
        urls.set("UrlDomain", fromDomain);
        urls.set("UrlLocation", "Body");
        g.sink.reportId(urls, Sink.BACKGROUND);
        urls.endRow();
        Instant clicked = t.plusSeconds(60 + random.nextInt(7_200));
        if (!phish && !spam && random.nextInt(8) == 0 && g.window.contains(clicked)) {
          clicks.set("Timestamp", clicked);
          clicks.set("Url", url);
          clicks.set("ActionType", "ClickAllowed");
          clicks.set("AccountUpn", recipient.upn());
          clicks.set("Workload", "Email");
          clicks.set("NetworkMessageId", messageId);
          clicks.set("IPAddress", "198.51.100.24");
          clicks.set("IsClickedThrough", false);
          clicks.set("UrlChain", "[\"" + url + "\"]");
          g.sink.reportId(clicks, Sink.BACKGROUND);
          clicks.endRow();
        }
      }
      if (spam && random.nextInt(10) == 0 && g.window.contains(t.plusSeconds(3_600))) {
        post.set("Timestamp", t.plusSeconds(3_600));
        post.set("NetworkMessageId", messageId);
        post.set("InternetMessageId", "<" + Ids.hex(random, 24) + "@" + fromDomain + ">");
        post.set("Action", "Moved to junk folder");
        post.set("ActionType", "Spam ZAP");
        post.set("ActionTrigger", "SpecialAction");
        post.set("ActionResult", "Success");
        post.set("RecipientEmailAddress", recipient.upn());
        post.set("DeliveryLocation", "Junk folder");
        post.set("ThreatTypes", "Spam");
        post.set("DetectionMethods", "Advanced filter");
        g.sink.reportId(post, Sink.BACKGROUND);
        post.endRow();
      }
    }
  }

  static void writeCloud(Generation g) throws SQLException {
    SplittableRandom random = g.random("AADSignInEventsBeta");
    TableWriter signIns = g.sink.table("AADSignInEventsBeta");
    long n = g.count(6_000);
    for (long i = 0; i < n; i++) {
      Machine device = g.workstation(random);
      Account user = device.primaryUser();
      boolean failed = random.nextInt(30) == 0;
      String app =
          Generation.pick(
              random,
              "Microsoft Teams",
              "Office 365 Exchange Online",
              "Microsoft Office",
              "OneDrive SyncEngine",
              "Azure Portal");
      signIns.set("Timestamp", g.window.working(random));
      signIns.set("Application", app);
      signIns.set("ApplicationId", Ids.uuid(Ids.random(1, app)).toString());
      signIns.set(
          "LogonType", random.nextBoolean() ? "[\"interactiveUser\"]" : "[\"nonInteractiveUser\"]");
      signIns.set("ErrorCode", failed ? 50126 : 0);
      signIns.set("CorrelationId", Ids.uuid(random).toString());
      signIns.set("SessionId", Ids.uuid(random).toString());
      signIns.set("AccountDisplayName", user.displayName());
      signIns.set("AccountObjectId", user.objectId());
      signIns.set("AccountUpn", user.upn());
      signIns.set("IsExternalUser", 0);
      signIns.set("IsGuestUser", false);
      signIns.set("ResourceDisplayName", app);
      signIns.set("ResourceTenantId", Directory.TENANT_ID);
      signIns.set("DeviceName", device.name());
      signIns.set("AadDeviceId", device.aadDeviceId());
      signIns.set("EntraIdDeviceId", device.aadDeviceId());
      signIns.set("OSPlatform", "Windows");
      signIns.set("DeviceTrustType", "Hybrid Azure AD joined");
      signIns.set("IsManaged", 1);
      signIns.set("IsCompliant", 1);
      signIns.set("AuthenticationRequirement", "singleFactorAuthentication");
      signIns.set("TokenIssuerType", 0);
      signIns.set("RiskLevelAggregated", 0);
      signIns.set("RiskState", 0);
      signIns.set(
          "UserAgent",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0");
      signIns.set("ClientAppUsed", "Browser");
      signIns.set("Browser", "Edge 131.0.0");
      signIns.set("ConditionalAccessStatus", 0);
      signIns.set("IPAddress", "198.51.100.24");
      signIns.set(
          "Country", user.city().equals("Seattle") || user.city().equals("Toronto") ? "US" : "GB");
      signIns.set("City", user.city());
      signIns.set("RequestId", Ids.uuid(random).toString());
      g.sink.reportId(signIns, Sink.BACKGROUND);
      signIns.endRow();
    }
    TableWriter spn = g.sink.table("AADSpnSignInEventsBeta");
    n = g.count(2_000);
    for (long i = 0; i < n; i++) {
      String app =
          Generation.pick(
              random,
              "Contoso HR Connector",
              "Backup to Azure",
              "Contoso Reporting",
              "Azure AD Connect");
      spn.set("Timestamp", g.window.any(random));
      spn.set("Application", app);
      spn.set("ApplicationId", Ids.uuid(Ids.random(2, app)).toString());
      spn.set("IsManagedIdentity", app.startsWith("Backup"));
      spn.set("ErrorCode", 0);
      spn.set("CorrelationId", Ids.uuid(random).toString());
      spn.set("ServicePrincipalName", app);
      spn.set("ServicePrincipalId", Ids.uuid(Ids.random(3, app)).toString());
      spn.set("ResourceDisplayName", "Microsoft Graph");
      spn.set("ResourceId", "00000003-0000-0000-c000-000000000000");
      spn.set("ResourceTenantId", Directory.TENANT_ID);
      spn.set("IPAddress", "198.51.100.10");
      spn.set("Country", "US");
      spn.set("RequestId", Ids.uuid(random).toString());
      g.sink.reportId(spn, Sink.BACKGROUND);
      spn.endRow();
    }
    TableWriter cloud = g.sink.table("CloudAppEvents");
    n = g.count(6_000);
    for (long i = 0; i < n; i++) {
      Account user = Generation.pick(random, g.directory.people);
      String[] activity =
          Generation.pick(
              random,
              new String[] {"Microsoft SharePoint Online", "FileAccessed"},
              new String[] {"Microsoft SharePoint Online", "FileModified"},
              new String[] {"Microsoft Exchange Online", "MailItemsAccessed"},
              new String[] {"Microsoft Teams", "MessageSent"},
              new String[] {"Microsoft OneDrive for Business", "FileUploaded"});
      String document = Generation.pick(random, Names.DOCUMENTS);
      cloud.set("Timestamp", g.window.working(random));
      cloud.set("ActionType", activity[1]);
      cloud.set("Application", activity[0]);
      cloud.set(
          "ApplicationId",
          activity[0].contains("SharePoint")
              ? 20892
              : activity[0].contains("Exchange")
                  ? 20893
                  : activity[0].contains("Teams") ? 28375 : 15600);
      cloud.set("AppInstanceId", 0);
      cloud.set("AccountObjectId", user.objectId());
      cloud.set("AccountId", user.objectId());
      cloud.set("AccountDisplayName", user.displayName());
      cloud.set("IsAdminOperation", false);
      cloud.set("DeviceType", "Desktop");
      cloud.set("OSPlatform", "Windows 10");
      cloud.set("IPAddress", "198.51.100.24");
      cloud.set("IsAnonymousProxy", false);
      cloud.set("CountryCode", "US");
      cloud.set("City", user.city());
      cloud.set("Isp", "Contoso Networks");
      cloud.set("UserAgent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)");
      cloud.set("ActivityType", activity[1].startsWith("File") ? "Basic" : "Run");
      cloud.set("ActivityObjects", "[" + Json.object("Type", "File", "Name", document) + "]");
      cloud.set("ObjectName", document);
      cloud.set("ObjectType", "File");
      cloud.set(
          "ObjectId",
          "https://contoso.sharepoint.com/sites/"
              + user.department().replace(" ", "")
              + "/Shared Documents/"
              + document);
      cloud.set("AccountType", "Regular");
      cloud.set("IsExternalUser", false);
      cloud.set("IsImpersonated", false);
      cloud.set("IPTags", "[]");
      cloud.set("IPCategory", "Corporate");
      cloud.set("UserAgentTags", "[]");
      cloud.set(
          "RawEventData",
          Json.object("Operation", activity[1], "Workload", activity[0], "UserId", user.upn()));
      cloud.set("AdditionalFields", "{}");
      cloud.set("AuditSource", "Defender for Cloud Apps access control");
      g.sink.reportId(cloud, Sink.BACKGROUND);
      cloud.endRow();
    }
  }
}
