package io.huntbook.tenant.demo;

/**
 * A device of the simulated domain.
 *
 * @param deviceId the Defender device id (40 hex digits)
 * @param name the DeviceName: fully qualified and lower case, e.g. {@code ws-1042.contoso.local}
 * @param shortName the NetBIOS name, e.g. {@code WS-1042}
 * @param ip its IPv4 address on the corporate network
 * @param primaryUser the person who mostly uses it, null for servers
 */
record Machine(
    String deviceId,
    String name,
    String shortName,
    String ip,
    Role role,
    String osPlatform,
    long osBuild,
    String osVersionInfo,
    String sid,
    String aadDeviceId,
    String mac,
    String model,
    String vendor,
    Account primaryUser) {

  /** What the device is. */
  enum Role {
    DOMAIN_CONTROLLER,
    SERVER,
    WORKSTATION
  }

  boolean isWorkstation() {
    return role == Role.WORKSTATION;
  }

  boolean isDomainController() {
    return role == Role.DOMAIN_CONTROLLER;
  }
}
