package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The device inventory: DeviceInfo and DeviceNetworkInfo snapshots (daily, more often at larger
 * scales), signer certificates (DeviceFileCertificateInfo) and the vulnerability-management
 * software inventory and findings.
 */
final class InventoryBackground {
  private InventoryBackground() {}

  private record Software(
      String vendor, String name, String version, String cve, String severity) {}

  private static final List<Software> SOFTWARE =
      List.of(
          new Software("microsoft", "edge", "131.0.2903.51", "", ""),
          new Software("microsoft", "office", "16.0.18129.20116", "CVE-2024-21413", "Critical"),
          new Software("microsoft", "teams", "24295.606.3238.6194", "", ""),
          new Software("7-zip", "7-zip", "23.01", "CVE-2024-11477", "High"),
          new Software("google", "chrome", "119.0.6045.105", "CVE-2023-4863", "High"),
          new Software("oracle", "jre", "8.0.3810.9", "CVE-2024-20918", "Medium"),
          new Software("notepad-plus-plus", "notepad++", "8.6.2", "", ""),
          new Software("adobe", "acrobat_reader", "23.008.20470", "CVE-2024-41869", "Critical"));

  static void writeDevices(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceInfo");
    TableWriter info = g.sink.table("DeviceInfo");
    TableWriter network = g.sink.table("DeviceNetworkInfo");
    int perDay = (int) Math.max(1, Math.round(g.options.scale()));
    Instant day = TimeWindow.dayOf(g.window.start());
    for (; day.isBefore(g.window.end()); day = day.plus(Duration.ofDays(1))) {
      for (Machine m : g.directory.machines) {
        for (int k = 0; k < perDay; k++) {
          Instant t = day.plusSeconds((long) (86_400.0 * (k + random.nextDouble()) / perDay));
          if (!g.window.contains(t)) {
            continue;
          }
          deviceInfo(g, info, m, t);
          networkInfo(g, network, m, t);
        }
      }
    }
  }

  private static void deviceInfo(Generation g, TableWriter row, Machine m, Instant t)
      throws SQLException {
    row.set("Timestamp", t);
    RowFiller.device(row, m);
    row.set("ClientVersion", "10.8760.22621.1020");
    row.set("PublicIP", "198.51.100." + (m.isWorkstation() ? 24 : 10));
    row.set("OSArchitecture", "64-bit");
    row.set("OSPlatform", m.osPlatform());
    row.set("OSBuild", m.osBuild());
    row.set("IsAzureADJoined", m.isWorkstation());
    row.set("JoinType", m.isWorkstation() ? "Hybrid Azure AD Join" : "Domain Joined");
    row.set("AadDeviceId", m.isWorkstation() ? m.aadDeviceId() : "");
    Account user = m.primaryUser();
    row.set(
        "LoggedOnUsers",
        user == null
            ? "[]"
            : "["
                + Json.object(
                    "UserName", user.sam(), "DomainName", Directory.NETBIOS, "Sid", user.sid())
                + "]");
    row.set("OSVersion", "10.0");
    row.set(
        "MachineGroup",
        m.isDomainController()
            ? "Domain Controllers"
            : m.isWorkstation() ? "Workstations" : "Servers");
    row.set("OnboardingStatus", "Onboarded");
    row.set("AdditionalFields", "");
    row.set("DeviceCategory", "Endpoint");
    row.set("DeviceType", m.isWorkstation() ? "Workstation" : "Server");
    row.set("Model", m.model());
    row.set("Vendor", m.vendor());
    row.set("OSDistribution", "");
    row.set("OSVersionInfo", m.osVersionInfo());
    row.set("IsInternetFacing", m.shortName().startsWith("SRV-WEB"));
    row.set("SensorHealthState", "Active");
    row.set("IsExcluded", false);
    row.set("ExposureLevel", m.isDomainController() ? "Medium" : "Low");
    row.set("AssetValue", m.isDomainController() ? "High" : "Normal");
    row.set("DeviceManualTags", "[]");
    row.set("DeviceDynamicTags", m.isDomainController() ? "[\"Domain Controller\"]" : "[]");
    row.set("ConnectivityType", "Streamlined");
    g.sink.reportId(row, Sink.BACKGROUND);
    row.endRow();
  }

  private static void networkInfo(Generation g, TableWriter row, Machine m, Instant t)
      throws SQLException {
    row.set("Timestamp", t);
    RowFiller.device(row, m);
    row.set("NetworkAdapterName", "Ethernet");
    row.set("MacAddress", m.mac());
    row.set("NetworkAdapterType", "Ethernet");
    row.set("NetworkAdapterStatus", "Up");
    row.set("TunnelType", "");
    row.set(
        "ConnectedNetworks",
        "["
            + Json.object(
                "Name", Directory.DOMAIN, "Category", "Domain", "IsConnectedToInternet", true)
            + "]");
    row.set("DnsAddresses", "[\"10.0.0.10\",\"10.0.0.11\"]");
    row.set("IPv4Dhcp", m.isWorkstation() ? "10.0.0.5" : "");
    row.set("DefaultGateways", "[\"" + m.ip().substring(0, m.ip().lastIndexOf('.')) + ".1\"]");
    row.set(
        "IPAddresses",
        "[" + Json.object("IPAddress", m.ip(), "SubnetPrefix", 24, "AddressType", "Private") + "]");
    row.set("NetworkAdapterVendor", "Intel Corporation");
    g.sink.reportId(row, Sink.BACKGROUND);
    row.endRow();
  }

  static void writeCertificates(Generation g) throws SQLException {
    SplittableRandom random = g.random("DeviceFileCertificateInfo");
    TableWriter row = g.sink.table("DeviceFileCertificateInfo");
    List<Image> signed =
        List.of(
            Images.EDGE,
            Images.OUTLOOK,
            Images.TEAMS,
            Images.ONEDRIVE,
            Images.SENSE,
            Images.POWERSHELL,
            Images.IDENTITY_SYNC);
    long n = g.count(2_000);
    for (long i = 0; i < n; i++) {
      Machine m = Generation.pick(random, g.directory.machines);
      Image image = Generation.pick(random, signed);
      boolean contoso = image == Images.IDENTITY_SYNC;
      row.set("Timestamp", g.window.any(random));
      RowFiller.device(row, m);
      row.set("SHA1", image.sha1());
      row.set("IsSigned", true);
      row.set("SignatureType", "Embedded");
      row.set("Signer", contoso ? "Contoso Ltd" : "Microsoft Corporation");
      row.set("SignerHash", Ids.digest("SHA-1", contoso ? "contoso signer" : "microsoft signer"));
      row.set(
          "Issuer",
          contoso
              ? "DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1"
              : "Microsoft Code Signing PCA 2011");
      row.set("IssuerHash", Ids.digest("SHA-1", contoso ? "digicert" : "microsoft pca"));
      row.set("CertificateSerialNumber", Ids.digest("MD5", image.fileName()).substring(0, 20));
      row.set(
          "CrlDistributionPointUrls",
          "[\"http://www.microsoft.com/pkiops/crl/MicCodSigPCA2011_2011-07-08.crl\"]");
      row.set("CertificateCreationTime", Instant.parse("2024-09-12T18:00:00Z"));
      row.set("CertificateExpirationTime", Instant.parse("2027-09-11T18:00:00Z"));
      row.set("IsTrusted", true);
      row.set("IsRootSignerMicrosoft", !contoso);
      g.sink.reportId(row, Sink.BACKGROUND);
      row.endRow();
    }
  }

  static void writeSoftware(Generation g) throws SQLException {
    TableWriter inventory = g.sink.table("DeviceTvmSoftwareInventory");
    TableWriter findings = g.sink.table("DeviceTvmSoftwareVulnerabilities");
    SplittableRandom random = g.random("DeviceTvm");
    for (Machine m : g.directory.machines) {
      for (Software s : SOFTWARE) {
        if (!m.isWorkstation() && !s.vendor().equals("microsoft")) {
          continue;
        }
        if (random.nextInt(4) == 0 && !s.name().equals("edge")) {
          continue;
        }
        String version = m.osPlatform().startsWith("WindowsServer") ? "Server" : m.osPlatform();
        inventory.set("DeviceId", m.deviceId());
        inventory.set("DeviceName", m.name());
        inventory.set("OSPlatform", m.osPlatform());
        inventory.set("OSVersion", version);
        inventory.set("OSArchitecture", "x64");
        inventory.set("SoftwareVendor", s.vendor());
        inventory.set("SoftwareName", s.name());
        inventory.set("SoftwareVersion", s.version());
        inventory.set("EndOfSupportStatus", "");
        inventory.set(
            "ProductCodeCpe",
            "cpe:2.3:a:" + s.vendor() + ":" + s.name() + ":" + s.version() + ":*:*:*:*:*:*:*");
        inventory.endRow();
        if (!s.cve().isEmpty()) {
          findings.set("DeviceId", m.deviceId());
          findings.set("DeviceName", m.name());
          findings.set("OSPlatform", m.osPlatform());
          findings.set("OSVersion", version);
          findings.set("OSArchitecture", "x64");
          findings.set("SoftwareVendor", s.vendor());
          findings.set("SoftwareName", s.name());
          findings.set("SoftwareVersion", s.version());
          findings.set("CveId", s.cve());
          findings.set("VulnerabilitySeverityLevel", s.severity());
          findings.set(
              "RecommendedSecurityUpdate", "Update " + s.name() + " to the latest version");
          findings.set("RecommendedSecurityUpdateId", "");
          findings.set("CveTags", "[]");
          findings.endRow();
        }
      }
    }
  }
}
