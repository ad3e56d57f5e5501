package io.huntbook.tenant.demo;

import io.huntbook.tenant.table.TableWriter;
import java.sql.SQLException;
import java.time.Instant;

/** Writes DeviceNetworkEvents rows. */
final class NetworkRows {
  private NetworkRows() {}

  /**
   * An outbound connection from a process.
   *
   * @return the row's ReportId
   */
  static String outbound(
      Sink sink,
      int stream,
      Instant time,
      Machine device,
      ProcessRun process,
      String actionType,
      String remoteIp,
      int remotePort,
      String remoteUrl,
      int localPort,
      String protocol)
      throws SQLException {
    TableWriter row = sink.table("DeviceNetworkEvents");
    row.set("Timestamp", time);
    RowFiller.device(row, device);
    row.set("ActionType", actionType);
    row.set("RemoteIP", remoteIp);
    row.set("RemotePort", remotePort);
    row.set("RemoteUrl", remoteUrl);
    row.set("LocalIP", device.ip());
    row.set("LocalPort", localPort);
    row.set("Protocol", protocol);
    row.set("LocalIPType", "Private");
    row.set("RemoteIPType", remoteIp.startsWith("10.") ? "Private" : "Public");
    RowFiller.initiating(row, process);
    String id = sink.reportId(row, stream);
    row.endRow();
    return id;
  }
}
