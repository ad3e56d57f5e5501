package io.huntbook.tenant.demo;

/** The executables of the simulated estate. */
final class Images {
  private Images() {}

  private static final String MS = "Microsoft Corporation";
  private static final String WINDOWS = "Microsoft® Windows® Operating System";
  private static final String WIN_VERSION = "10.0.22621.4317";
  private static final String SYSTEM32 = "C:\\Windows\\System32\\";
  private static final String OFFICE = "C:\\Program Files\\Microsoft Office\\root\\Office16\\";
  private static final String OFFICE_VERSION = "16.0.18129.20116";

  static Image windows(String name, String description, long size) {
    return Image.of(SYSTEM32 + name, MS, WINDOWS, WIN_VERSION, description, size);
  }

  static final Image SYSTEM = Image.of("System", "", "", "", "NT Kernel & System", 0);
  static final Image SERVICES = windows("services.exe", "Services and Controller app", 727_040);
  static final Image SVCHOST = windows("svchost.exe", "Host Process for Windows Services", 57_360);
  static final Image LSASS = windows("lsass.exe", "Local Security Authority Process", 92_488);
  static final Image WINLOGON = windows("winlogon.exe", "Windows Logon Application", 905_216);
  static final Image USERINIT = windows("userinit.exe", "Userinit Logon Application", 30_720);
  static final Image EXPLORER =
      Image.of(
          "C:\\Windows\\explorer.exe", MS, WINDOWS, WIN_VERSION, "Windows Explorer", 5_557_528);
  static final Image CMD = windows("cmd.exe", "Windows Command Processor", 323_584);
  static final Image CONHOST = windows("conhost.exe", "Console Window Host", 1_044_480);
  static final Image POWERSHELL =
      Image.of(
          SYSTEM32 + "WindowsPowerShell\\v1.0\\powershell.exe",
          MS,
          WINDOWS,
          WIN_VERSION,
          "Windows PowerShell",
          455_680);
  static final Image TASKHOSTW = windows("taskhostw.exe", "Host Process for Windows Tasks", 98_304);
  static final Image RUNTIME_BROKER = windows("RuntimeBroker.exe", "Runtime Broker", 131_072);
  static final Image SEARCH_INDEXER =
      windows("SearchIndexer.exe", "Microsoft Windows Search Indexer", 1_006_592);
  static final Image GPUPDATE = windows("gpupdate.exe", "Microsoft® Group Policy Update", 31_232);
  static final Image MMC = windows("mmc.exe", "Microsoft Management Console", 1_875_968);
  static final Image SETSPN =
      windows("setspn.exe", "Query or reset the computer's SPN attribute", 98_304);
  static final Image NET = windows("net.exe", "Net Command", 61_440);
  static final Image NET1 = windows("net1.exe", "Net Command", 180_224);
  static final Image WHOAMI = windows("whoami.exe", "whoami - displays logged on user", 74_240);
  static final Image IPCONFIG = windows("ipconfig.exe", "IP Configuration Utility", 35_840);
  static final Image RUNDLL32 = windows("rundll32.exe", "Windows host process (Rundll32)", 71_680);
  static final Image OUTLOOK =
      Image.of(
          OFFICE + "OUTLOOK.EXE",
          MS,
          "Microsoft Outlook",
          OFFICE_VERSION,
          "Microsoft Outlook",
          43_210_752);
  static final Image WORD =
      Image.of(
          OFFICE + "WINWORD.EXE",
          MS,
          "Microsoft Office",
          OFFICE_VERSION,
          "Microsoft Word",
          2_043_904);
  static final Image EXCEL =
      Image.of(
          OFFICE + "EXCEL.EXE",
          MS,
          "Microsoft Office",
          OFFICE_VERSION,
          "Microsoft Excel",
          68_943_360);
  static final Image EDGE =
      Image.of(
          "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
          MS,
          "Microsoft Edge",
          "131.0.2903.51",
          "Microsoft Edge",
          4_115_512);
  static final Image TEAMS =
      Image.of(
          "C:\\Program Files\\WindowsApps\\MSTeams_24295.606.3238.6194_x64__8wekyb3d8bbwe\\ms-teams.exe",
          MS,
          "Microsoft Teams",
          "24295.606.3238.6194",
          "Microsoft Teams",
          5_128_480);
  static final Image ONEDRIVE =
      Image.of(
          "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe",
          MS,
          "Microsoft OneDrive",
          "24.211.1020.0001",
          "Microsoft OneDrive",
          3_514_176);
  static final Image SENSE =
      Image.of(
          "C:\\Program Files\\Windows Defender Advanced Threat Protection\\MsSense.exe",
          MS,
          WINDOWS,
          "10.8760.22621.1020",
          "Windows Defender Advanced Threat Protection Service Executable",
          3_998_720);
  static final Image DEFENDER_ANTIVIRUS =
      Image.of(
          "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MsMpEng.exe",
          MS,
          WINDOWS,
          "4.18.24090.11",
          "Antimalware Service Executable",
          133_432);
  static final Image IDENTITY_SENSOR =
      Image.of(
          "C:\\Program Files\\Azure Advanced Threat Protection Sensor\\2.243.18107.35464\\Microsoft.Tri.Sensor.exe",
          MS,
          "Microsoft Defender for Identity",
          "2.243.18107.35464",
          "Microsoft.Tri.Sensor",
          412_160);
  static final Image ADMIN_CENTER =
      Image.of(
          "C:\\Program Files\\Windows Admin Center\\sme.exe",
          MS,
          "Windows Admin Center",
          "2.4.2410.20001",
          "Windows Admin Center",
          257_024);
  static final Image LAPS_UI =
      Image.of(
          "C:\\Program Files\\LAPS\\AdmPwd.UI.exe",
          MS,
          "Local Administrator Password Solution",
          "6.2.0.0",
          "LAPS UI",
          61_952);
  static final Image IDENTITY_SYNC =
      Image.of(
          "C:\\Program Files\\Contoso\\IdentitySync\\IdentitySync.exe",
          "Contoso IT",
          "Contoso Identity Sync",
          "3.1.7.0",
          "Nightly HR to Active Directory reconciliation",
          1_204_224);
  static final Image SQL_SERVER =
      Image.of(
          "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe",
          MS,
          "Microsoft SQL Server",
          "2022.160.4145.4",
          "SQL Server Windows NT - 64 Bit",
          474_128);
  static final Image IIS_WORKER =
      Image.of(
          SYSTEM32 + "inetsrv\\w3wp.exe",
          MS,
          "Internet Information Services",
          WIN_VERSION,
          "IIS Worker Process",
          30_720);
  static final Image CCM_EXEC =
      Image.of(
          "C:\\Windows\\CCM\\CcmExec.exe",
          MS,
          "System Center Configuration Manager",
          "5.0.9128.1007",
          "Host Process for Microsoft Configuration Manager",
          2_951_656);
}
