package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;

/**
 * Fills the column groups many Device* tables share: the device, the process an event is about, and
 * the initiating process with its parent. Columns a table lacks are skipped.
 */
final class RowFiller {
  private RowFiller() {}

  static void device(TableWriter row, Machine machine) {
    row.set("DeviceId", machine.deviceId());
    row.set("DeviceName", machine.name());
  }

  /** The process an event is about (DeviceProcessEvents' subject, DeviceEvents' target). */
  static void process(TableWriter row, ProcessRun process) {
    Image image = process.image();
    row.offer("FileName", image.fileName());
    row.offer("FolderPath", image.folderPath());
    row.offer("SHA1", image.sha1());
    row.offer("SHA256", image.sha256());
    row.offer("MD5", image.md5());
    row.offer("FileSize", image.size());
    row.offer("ProcessVersionInfoCompanyName", image.company());
    row.offer("ProcessVersionInfoProductName", image.product());
    row.offer("ProcessVersionInfoProductVersion", image.version());
    row.offer("ProcessVersionInfoInternalFileName", image.fileName());
    row.offer("ProcessVersionInfoOriginalFileName", image.fileName());
    row.offer("ProcessVersionInfoFileDescription", image.description());
    row.offer("ProcessId", process.processId());
    row.offer("ProcessCommandLine", process.commandLine());
    row.offer("ProcessCreationTime", process.created());
    row.offer("ProcessIntegrityLevel", process.integrityLevel());
    row.offer("ProcessTokenElevation", process.tokenElevation());
    ProcessRun.Identity account = process.account();
    row.offer("AccountDomain", account.domain());
    row.offer("AccountName", account.name());
    row.offer("AccountSid", account.sid());
    row.offer("AccountUpn", account.upn());
    row.offer("AccountObjectId", account.objectId());
    row.offer("LogonId", process.logonId());
  }

  /** The initiating process and its parent. */
  static void initiating(TableWriter row, ProcessRun process) {
    Image image = process.image();
    row.offer("InitiatingProcessSHA1", image.sha1());
    row.offer("InitiatingProcessSHA256", image.sha256());
    row.offer("InitiatingProcessMD5", image.md5());
    row.offer("InitiatingProcessFileName", image.fileName());
    row.offer("InitiatingProcessFileSize", image.size());
    row.offer("InitiatingProcessFolderPath", image.folderPath());
    row.offer("InitiatingProcessId", process.processId());
    row.offer("InitiatingProcessCommandLine", process.commandLine());
    row.offer("InitiatingProcessCreationTime", process.created());
    row.offer("InitiatingProcessIntegrityLevel", process.integrityLevel());
    row.offer("InitiatingProcessTokenElevation", process.tokenElevation());
    row.offer("InitiatingProcessVersionInfoCompanyName", image.company());
    row.offer("InitiatingProcessVersionInfoProductName", image.product());
    row.offer("InitiatingProcessVersionInfoProductVersion", image.version());
    row.offer("InitiatingProcessVersionInfoInternalFileName", image.fileName());
    row.offer("InitiatingProcessVersionInfoOriginalFileName", image.fileName());
    row.offer("InitiatingProcessVersionInfoFileDescription", image.description());
    row.offer("InitiatingProcessLogonId", process.logonId());
    row.offer("InitiatingProcessSessionId", process.account().sid().length() > 8 ? 1L : 0L);
    row.offer("IsInitiatingProcessRemoteSession", false);
    row.offer("InitiatingProcessSignerType", image.company().isEmpty() ? "" : "OsVendor");
    row.offer("InitiatingProcessSignatureStatus", image.company().isEmpty() ? "" : "Valid");
    row.offer(
        "InitiatingProcessUniqueId",
        Long.toString(Ids.mix(process.processId(), process.created().toEpochMilli()) >>> 12));
    ProcessRun.Identity account = process.account();
    row.offer("InitiatingProcessAccountDomain", account.domain());
    row.offer("InitiatingProcessAccountName", account.name());
    row.offer("InitiatingProcessAccountSid", account.sid());
    row.offer("InitiatingProcessAccountUpn", account.upn());
    row.offer("InitiatingProcessAccountObjectId", account.objectId());
    ProcessRun parent = process.parent();
    if (parent != null) {
      row.offer("InitiatingProcessParentId", parent.processId());
      row.offer("InitiatingProcessParentFileName", parent.image().fileName());
      row.offer("InitiatingProcessParentCreationTime", parent.created());
    }
  }
}
