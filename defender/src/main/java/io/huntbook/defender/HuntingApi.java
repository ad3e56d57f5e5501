package io.huntbook.defender;

import java.util.Locale;
import java.util.Optional;

/**
 * The three Defender hunting APIs: their paths, request and response shapes, the permission each
 * needs, and their documented call limits.
 */
public enum HuntingApi {
  /** Microsoft Graph {@code security/runHuntingQuery}: the recommended API. */
  GRAPH(
      "graph",
      "/v1.0/security/runHuntingQuery",
      "ThreatHunting.Read.All",
      "ThreatHunting.Read.All",
      "Microsoft Graph",
      true,
      0),
  /** The Defender XDR (Microsoft 365 Defender) API, being retired in favour of Graph. */
  M365D(
      "m365d",
      "/api/advancedhunting/run",
      "AdvancedHunting.Read.All",
      "AdvancedHunting.Read",
      "Microsoft Threat Protection",
      false,
      0),
  /** The Defender for Endpoint API, being retired in favour of Graph. */
  MDE(
      "mde",
      "/api/advancedqueries/run",
      "AdvancedQuery.Read.All",
      "AdvancedQuery.Read",
      "WindowsDefenderATP",
      false,
      1_500);

  /** Calls per minute all three APIs document ("at least 45 calls per minute per tenant"). */
  public static final int CALLS_PER_MINUTE = 45;

  /** Rows the services return at most; a result of exactly this many was cut. */
  public static final int ROW_LIMIT = 100_000;

  private final String shortName;
  private final String path;
  private final String applicationPermission;
  private final String delegatedPermission;
  private final String entraApiName;
  private final boolean graphShape;
  private final int callsPerHour;

  HuntingApi(
      String shortName,
      String path,
      String applicationPermission,
      String delegatedPermission,
      String entraApiName,
      boolean graphShape,
      int callsPerHour) {
    this.shortName = shortName;
    this.path = path;
    this.applicationPermission = applicationPermission;
    this.delegatedPermission = delegatedPermission;
    this.entraApiName = entraApiName;
    this.graphShape = graphShape;
    this.callsPerHour = callsPerHour;
  }

  /** The name used by {@code --connection} and {@link io.huntbook.engine.Backend#name()}. */
  public String shortName() {
    return shortName;
  }

  /** The request path on the API host. */
  public String path() {
    return path;
  }

  /** The application permission (app role) a client-credentials token needs. */
  public String applicationPermission() {
    return applicationPermission;
  }

  /** The delegated permission a user token needs. */
  public String delegatedPermission() {
    return delegatedPermission;
  }

  /** The name to type under "APIs my organization uses" when adding the permission. */
  public String entraApiName() {
    return entraApiName;
  }

  /**
   * Whether the API speaks Graph's shape (lower-case {@code schema}/{@code results}, an optional
   * {@code Timespan}, the Graph error envelope) rather than Defender's ({@code Stats}, {@code
   * Schema}, {@code Results}).
   */
  public boolean graphShape() {
    return graphShape;
  }

  /** The documented hourly call limit, 0 when only the per-minute one applies. */
  public int callsPerHour() {
    return callsPerHour;
  }

  /** The API a path belongs to (also the Graph beta path). */
  public static Optional<HuntingApi> fromPath(String requestPath) {
    if (requestPath.equalsIgnoreCase("/beta/security/runHuntingQuery")) {
      return Optional.of(GRAPH);
    }
    for (HuntingApi api : values()) {
      if (api.path.equalsIgnoreCase(requestPath)) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }

  /** The API for a {@code --connection} name. */
  public static Optional<HuntingApi> fromShortName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (HuntingApi api : values()) {
      if (api.shortName.equals(lower)) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }
}
