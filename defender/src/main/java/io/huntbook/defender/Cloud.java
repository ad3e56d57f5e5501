package io.huntbook.defender;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A Microsoft cloud: its sign-in authority and the hosts (and token audiences) of the three hunting
 * APIs. US Government hosts follow Microsoft's "for US Government customers" pages; every host can
 * still be overridden with {@code --endpoint} and {@code --authority}.
 */
public enum Cloud {
  PUBLIC(
      "public",
      "https://login.microsoftonline.com",
      "https://graph.microsoft.com",
      "https://api.security.microsoft.com",
      "https://api.securitycenter.microsoft.com"),
  US_GOV_GCC(
      "gcc",
      "https://login.microsoftonline.com",
      "https://graph.microsoft.com",
      "https://api-gcc.security.microsoft.us",
      "https://api-gcc.securitycenter.microsoft.us"),
  US_GOV_GCC_HIGH(
      "gcc-high",
      "https://login.microsoftonline.us",
      "https://graph.microsoft.us",
      "https://api-gov.security.microsoft.us",
      "https://api-gov.securitycenter.microsoft.us"),
  US_GOV_DOD(
      "dod",
      "https://login.microsoftonline.us",
      "https://dod-graph.microsoft.us",
      "https://api-gov.security.microsoft.us",
      "https://api-gov.securitycenter.microsoft.us");

  private final String shortName;
  private final URI authorityHost;
  private final URI graphHost;
  private final URI defenderHost;
  private final URI endpointHost;

  Cloud(String shortName, String authority, String graph, String defender, String endpoint) {
    this.shortName = shortName;
    this.authorityHost = URI.create(authority);
    this.graphHost = URI.create(graph);
    this.defenderHost = URI.create(defender);
    this.endpointHost = URI.create(endpoint);
  }

  public String shortName() {
    return shortName;
  }

  /** The sign-in authority host (the tenant is appended). */
  public URI authorityHost() {
    return authorityHost;
  }

  /**
   * The API host, which is also the token audience: the scope is {@code <audience>/.default}.
   * Regional hosts ({@code eu.api.security.microsoft.com}) share the global audience.
   */
  public URI apiHost(HuntingApi api) {
    return switch (api) {
      case GRAPH -> graphHost;
      case M365D -> defenderHost;
      case MDE -> endpointHost;
    };
  }

  /**
   * The host for a region of the public cloud ({@code us}, {@code eu}, {@code uk}, {@code au},
   * {@code swa}, {@code ina}, {@code aea}); Graph has no regional hosts.
   */
  public URI regionalHost(HuntingApi api, String region) {
    URI global = apiHost(api);
    if (api == HuntingApi.GRAPH || this != PUBLIC) {
      throw new IllegalArgumentException(
          "regional hosts exist only for m365d and mde in the public cloud");
    }
    return URI.create("https://" + region.toLowerCase(Locale.ROOT) + "." + global.getHost());
  }

  /** The cloud for a name ({@code public}, {@code gcc}, {@code gcc-high}, {@code dod}). */
  public static Optional<Cloud> fromShortName(String name) {
    for (Cloud cloud : values()) {
      if (cloud.shortName.equalsIgnoreCase(name)) {
        return Optional.of(cloud);
      }
    }
    return Optional.empty();
  }
}
