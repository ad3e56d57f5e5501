package io.huntbook.cli;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.Backends;
import io.huntbook.defender.ConnectionException;
import io.huntbook.defender.ConnectionSpec;
import io.huntbook.engine.Backend;
import picocli.CommandLine.Option;

/**
 * The options that choose a backend, the same on every command that runs queries. The embedded
 * engine over the demo tenant is the default, so every command works offline; {@code graph} is the
 * API to use against a real tenant. Credentials never come from here: they come from the
 * environment, a private config file or standard input.
 */
final class ConnectionOptions {
  @Option(
      names = "--connection",
      paramLabel = "KIND",
      defaultValue = "local",
      description =
          "local (embedded engine: demo tenant or --workspace), graph (Microsoft Graph"
              + " runHuntingQuery), m365d or mde (the older Defender APIs). Default: ${DEFAULT-VALUE}.")
  String connection;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Override the API endpoint (https).")
  String endpoint;

  @Option(
      names = "--authority",
      paramLabel = "URL",
      description = "Override the sign-in authority (https).")
  String authority;

  @Option(names = "--cloud", paramLabel = "CLOUD", description = "public, gcc, gcc-high or dod.")
  String cloud;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Regional API host (m365d, mde): us, eu, uk, au…")
  String region;

  @Option(
      names = "--trust",
      paramLabel = "PEM",
      description = "Trust the certificate(s) in this PEM file for TLS (e.g. the emulator's).")
  String trust;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Hunt over a workspace of imported data instead of the demo tenant.")
  String workspace;

  /** The chosen connection, validated. */
  ConnectionSpec spec() {
    try {
      return ConnectionSpec.fromOptions(
          connection, endpoint, authority, workspace, cloud, region, trust);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Opens the chosen backend; the caller closes it. */
  Backend open() {
    try {
      return Backends.open(spec(), BackendContext.fromEnvironment(System.err));
    } catch (ConnectionException e) {
      throw new UserException(e.getMessage(), ExitCodes.FAILURE);
    }
  }
}
