package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/** DeviceImageLoadEvents: the DLLs a process loads, by what kind of program it is. */
final class ImageLoads {
  private ImageLoads() {}

  private static final String MS = "Microsoft Corporation";
  private static final String WINDOWS = "Microsoft® Windows® Operating System";

  private static Image dll(String path) {
    return Image.of(path, MS, WINDOWS, "10.0.22621.4317", "", 200_000 + path.length() * 1000L);
  }

  static final Image WLDAP = dll("C:\\Windows\\System32\\wldap32.dll");
  static final Image AMSI = dll("C:\\Windows\\System32\\amsi.dll");
  static final Image AUTOMATION =
      dll(
          "C:\\Windows\\assembly\\NativeImages_v4.0.30319_64\\System.Manaa57fc8cc#\\6d3bd2dd5ed0e8f1c8e0d9d1b8c7a9f0\\System.Management.Automation.ni.dll");
  static final Image DIRECTORY_SERVICES =
      dll(
          "C:\\Windows\\Microsoft.NET\\assembly\\GAC_MSIL\\System.DirectoryServices\\v4.0_4.0.0.0__b03f5f7f11d50a3a\\System.DirectoryServices.dll");
  static final Image CLR = dll("C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clr.dll");
  static final Image MSO =
      Image.of(
          "C:\\Program Files\\Common Files\\Microsoft Shared\\Office16\\mso.dll",
          MS,
          "Microsoft Office",
          "16.0.18129.20116",
          "Microsoft Office component",
          14_000_000);
  static final Image KERBEROS = dll("C:\\Windows\\System32\\kerberos.dll");
  static final Image WEBVIEW =
      Image.of(
          "C:\\Program Files (x86)\\Microsoft\\EdgeWebView\\Application\\131.0.2903.51\\msedge_elf.dll",
          MS,
          "Microsoft Edge WebView2",
          "131.0.2903.51",
          "",
          2_000_000);

  /** One or two loads typical of {@code process}'s program. */
  static void write(
      Sink sink, int stream, Instant t, Machine device, ProcessRun process, SplittableRandom random)
      throws SQLException {
    String name = process.image().fileName().toLowerCase(java.util.Locale.ROOT);
    Image first;
    Image second;
    switch (name) {
      case "powershell.exe" -> {
        first = AUTOMATION;
        second = AMSI;
      }
      case "outlook.exe", "winword.exe", "excel.exe" -> {
        first = MSO;
        second = WLDAP;
      }
      case "mmc.exe", "admpwd.ui.exe", "setspn.exe" -> {
        first = DIRECTORY_SERVICES;
        second = WLDAP;
      }
      case "msedge.exe", "ms-teams.exe" -> {
        first = WEBVIEW;
        second = null;
      }
      default -> {
        first = random.nextBoolean() ? CLR : KERBEROS;
        second = null;
      }
    }
    write(sink, stream, t, device, process, first);
    if (second != null) {
      write(sink, stream, t.plusMillis(3), device, process, second);
    }
  }

  /**
   * One load.
   *
   * @return its ReportId
   */
  static String write(
      Sink sink, int stream, Instant t, Machine device, ProcessRun process, Image library)
      throws SQLException {
    TableWriter row = sink.table("DeviceImageLoadEvents");
    row.set("Timestamp", t);
    RowFiller.device(row, device);
    row.set("ActionType", "ImageLoaded");
    row.set("FileName", library.fileName());
    row.set("FolderPath", library.folderPath());
    row.set("SHA1", library.sha1());
    row.set("SHA256", library.sha256());
    row.set("MD5", library.md5());
    row.set("FileSize", library.size());
    RowFiller.initiating(row, process);
    String id = sink.reportId(row, stream);
    row.endRow();
    return id;
  }
}
