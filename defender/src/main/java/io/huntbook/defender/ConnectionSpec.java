package io.huntbook.defender;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which backend to run queries on, the same way everywhere (CLI, notebook runner, kernel): {@code
 * --connection local|graph|m365d|mde}, with {@code --endpoint} and {@code --authority} overrides,
 * {@code --cloud} and {@code --region} for other Microsoft clouds and regional hosts, {@code
 * --workspace} for the local engine and {@code --trust} for an endpoint with a private certificate
 * (the emulator). Credentials are not part of it: they never travel on a command line.
 *
 * @param endpoint an API URL: scheme, host and port (the API's path is added) or a full URL
 * @param authority a sign-in authority host (the tenant is added) or a full authority URL
 * @param trustCertificate a PEM file with the certificate(s) to trust for TLS
 */
public record ConnectionSpec(
    Kind kind,
    Cloud cloud,
    Optional<String> region,
    Optional<URI> endpoint,
    Optional<URI> authority,
    Optional<Path> workspace,
    Optional<Path> trustCertificate) {

  /** The backends to choose from. */
  public enum Kind {
    LOCAL("local", null),
    GRAPH("graph", HuntingApi.GRAPH),
    M365D("m365d", HuntingApi.M365D),
    MDE("mde", HuntingApi.MDE);

    private final String shortName;
    private final HuntingApi api;

    Kind(String shortName, HuntingApi api) {
      this.shortName = shortName;
      this.api = api;
    }

    public String shortName() {
      return shortName;
    }

    /** The hunting API, empty for the local engine. */
    public Optional<HuntingApi> api() {
      return Optional.ofNullable(api);
    }
  }

  public ConnectionSpec {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(cloud);
    Objects.requireNonNull(region);
    Objects.requireNonNull(endpoint);
    Objects.requireNonNull(authority);
    Objects.requireNonNull(workspace);
    Objects.requireNonNull(trustCertificate);
    endpoint.ifPresent(uri -> requireHttps("--endpoint", uri));
    authority.ifPresent(uri -> requireHttps("--authority", uri));
    if (kind == Kind.LOCAL
        && (endpoint.isPresent() || authority.isPresent() || region.isPresent())) {
      throw new IllegalArgumentException(
          "--endpoint, --authority and --region apply to graph, m365d and mde, not to local");
    }
    if (kind != Kind.LOCAL && workspace.isPresent()) {
      throw new IllegalArgumentException("--workspace applies to --connection local only");
    }
    if (region.isPresent()
        && (kind == Kind.GRAPH || cloud != Cloud.PUBLIC || endpoint.isPresent())) {
      throw new IllegalArgumentException(
          "--region applies to m365d and mde in the public cloud, without --endpoint");
    }
  }

  /** A connection with every other setting at its default (public cloud, no overrides). */
  public static ConnectionSpec of(Kind kind) {
    return new ConnectionSpec(
        kind,
        Cloud.PUBLIC,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Builds a spec from command-line option values, any of which may be null (not given); the
   * connection defaults to {@code graph}, the recommended API.
   *
   * @throws IllegalArgumentException with a message naming the bad option
   */
  public static ConnectionSpec fromOptions(
      String connection,
      String endpoint,
      String authority,
      String workspace,
      String cloud,
      String region,
      String trustCertificate) {
    String name = connection == null ? "graph" : connection.strip().toLowerCase(Locale.ROOT);
    Kind kind = null;
    for (Kind candidate : Kind.values()) {
      if (candidate.shortName.equals(name)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException(
          "--connection must be local, graph, m365d or mde, not '" + connection + "'");
    }
    Cloud chosenCloud =
        cloud == null
            ? Cloud.PUBLIC
            : Cloud.fromShortName(cloud.strip())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "--cloud must be public, gcc, gcc-high or dod, not '" + cloud + "'"));
    return new ConnectionSpec(
        kind,
        chosenCloud,
        Optional.ofNullable(region).map(String::strip),
        Optional.ofNullable(endpoint).map(value -> parseUri("--endpoint", value)),
        Optional.ofNullable(authority).map(value -> parseUri("--authority", value)),
        Optional.ofNullable(workspace).map(Path::of),
        Optional.ofNullable(trustCertificate).map(Path::of));
  }

  public ConnectionSpec withEndpoint(URI newEndpoint) {
    return new ConnectionSpec(
        kind, cloud, region, Optional.of(newEndpoint), authority, workspace, trustCertificate);
  }

  public ConnectionSpec withAuthority(URI newAuthority) {
    return new ConnectionSpec(
        kind, cloud, region, endpoint, Optional.of(newAuthority), workspace, trustCertificate);
  }

  public ConnectionSpec withWorkspace(Path newWorkspace) {
    return new ConnectionSpec(
        kind, cloud, region, endpoint, authority, Optional.of(newWorkspace), trustCertificate);
  }

  /** The hunting API; throws for the local engine. */
  public HuntingApi api() {
    return kind.api()
        .orElseThrow(() -> new IllegalStateException("the local engine has no hunting API"));
  }

  /** The URL queries are posted to. */
  public URI resolvedEndpoint() {
    HuntingApi api = api();
    if (endpoint.isPresent()) {
      URI given = endpoint.get();
      String path = given.getPath();
      if (path == null || path.isEmpty() || "/".equals(path)) {
        String base = given.toString().replaceAll("/+$", "");
        return URI.create(base + api.path());
      }
      return given;
    }
    URI host = region.isPresent() ? cloud.regionalHost(api, region.get()) : cloud.apiHost(api);
    return URI.create(host + api.path());
  }

  /** The sign-in authority host (or full authority URL) before the tenant is added. */
  public URI resolvedAuthority() {
    return authority.orElse(cloud.authorityHost());
  }

  /** Whether the authority is a Microsoft cloud's (validated and discovered by MSAL). */
  public boolean wellKnownAuthority() {
    return authority.isEmpty();
  }

  /** The token scope: the API's audience in this cloud with {@code /.default}. */
  public String scope() {
    return cloud.apiHost(api()) + "/.default";
  }

  private static URI parseUri(String option, String value) {
    URI uri;
    try {
      uri = URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " is not a URL: " + value);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(option + " must be an https URL with a host: " + value);
    }
    return uri;
  }

  private static void requireHttps(String option, URI uri) {
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(
          option
              + " must use https (tokens never travel in plaintext; for the emulator pass its"
              + " certificate with --trust): "
              + uri);
    }
  }
}
