package io.huntbook.defender.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link Credentials} from the three places Huntbook accepts: environment variables, a config
 * file only its owner can read, or standard input. Never from a command-line argument: those show
 * in process listings and shell history.
 *
 * <p>Variables (and the same keys in lower case without the prefix in a config file): {@value
 * #TENANT_ID}, {@value #CLIENT_ID}, {@value #CLIENT_SECRET}, {@value #CLIENT_CERTIFICATE} (a PEM or
 * PFX file), {@value #CLIENT_CERTIFICATE_PASSWORD}, {@value #AUTH_FLOW} ({@code secret}, {@code
 * certificate} or {@code device-code}) and {@value #CREDENTIALS_FILE} (a config file to read
 * instead).
 */
public final class CredentialLoader {
  public static final String PREFIX = "HUNTBOOK_";
  public static final String TENANT_ID = "HUNTBOOK_TENANT_ID";
  public static final String CLIENT_ID = "HUNTBOOK_CLIENT_ID";
  public static final String CLIENT_SECRET = "HUNTBOOK_CLIENT_SECRET";
  public static final String CLIENT_CERTIFICATE = "HUNTBOOK_CLIENT_CERTIFICATE";
  public static final String CLIENT_CERTIFICATE_PASSWORD = "HUNTBOOK_CLIENT_CERTIFICATE_PASSWORD";
  public static final String AUTH_FLOW = "HUNTBOOK_AUTH_FLOW";
  public static final String CREDENTIALS_FILE = "HUNTBOOK_CREDENTIALS_FILE";

  private static final Set<PosixFilePermission> SHARED =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE);

  private CredentialLoader() {}

  /** Credentials from the process environment (or the config file it names). */
  public static Credentials fromEnvironment() throws CredentialsException {
    return fromEnvironment(System.getenv());
  }

  /** Credentials from the given variables (or the config file {@value #CREDENTIALS_FILE} names). */
  public static Credentials fromEnvironment(Map<String, String> environment)
      throws CredentialsException {
    String file = environment.get(CREDENTIALS_FILE);
    if (file != null && !file.isBlank()) {
      return fromFile(Path.of(file));
    }
    return fromSettings(environment, "environment variable ");
  }

  /**
   * Credentials from a config file of {@code key = value} lines ({@code tenant_id}, {@code
   * client_id}, {@code client_secret}, …; {@code #} starts a comment). The file is refused when its
   * group or other users may read or write it.
   */
  public static Credentials fromFile(Path file) throws CredentialsException {
    if (!Files.isRegularFile(file)) {
      throw new CredentialsException("credentials file " + file + " does not exist");
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.stream().anyMatch(SHARED::contains)) {
        throw new CredentialsException(
            "credentials file "
                + file
                + " can be read or written by other users; restrict it with: chmod 600 "
                + file);
      }
    } catch (UnsupportedOperationException nonPosix) {
      throw new CredentialsException(
          "cannot check who may read "
              + file
              + " on this file system; use environment variables instead");
    } catch (IOException e) {
      throw new CredentialsException("cannot read credentials file " + file, e);
    }
    Map<String, String> settings = new HashMap<>();
    try {
      int lineNumber = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int equals = trimmed.indexOf('=');
        if (equals <= 0) {
          // The line is not shown: it may hold a secret.
          throw new CredentialsException(file + " line " + lineNumber + ": expected key = value");
        }
        String key = trimmed.substring(0, equals).strip().toUpperCase(Locale.ROOT);
        settings.put(PREFIX + key, trimmed.substring(equals + 1).strip());
      }
    } catch (IOException e) {
      throw new CredentialsException("cannot read credentials file " + file, e);
    }
    return fromSettings(settings, "key in " + file + ": ");
  }

  /**
   * Client-secret credentials whose ids come from the environment and whose secret is the first
   * line of standard input (for {@code echo "$SECRET" | huntbook …} or a prompt).
   */
  public static Credentials withSecretFromInput(
      Map<String, String> environment, BufferedReader input) throws CredentialsException {
    String line;
    try {
      line = input.readLine();
    } catch (IOException e) {
      throw new CredentialsException("cannot read the client secret from standard input", e);
    }
    if (line == null || line.isBlank()) {
      throw new CredentialsException(
          "expected the client secret on the first line of standard input, found nothing");
    }
    String tenant = required(environment, TENANT_ID, "environment variable ");
    String client = required(environment, CLIENT_ID, "environment variable ");
    return build(() -> new ClientSecretCredentials(tenant, client, Secret.of(line.strip())));
  }

  private static Credentials fromSettings(Map<String, String> settings, String where)
      throws CredentialsException {
    String tenant = required(settings, TENANT_ID, where);
    String client = required(settings, CLIENT_ID, where);
    Optional<String> secret = optional(settings, CLIENT_SECRET);
    Optional<String> certificate = optional(settings, CLIENT_CERTIFICATE);
    Optional<String> password = optional(settings, CLIENT_CERTIFICATE_PASSWORD);
    String flow =
        optional(settings, AUTH_FLOW)
            .map(value -> value.toLowerCase(Locale.ROOT))
            .orElse(certificate.isPresent() ? "certificate" : secret.isPresent() ? "secret" : "");
    return switch (flow) {
      case "secret" -> {
        if (secret.isEmpty()) {
          throw missing(where, CLIENT_SECRET);
        }
        yield build(() -> new ClientSecretCredentials(tenant, client, Secret.of(secret.get())));
      }
      case "certificate" -> {
        if (certificate.isEmpty()) {
          throw missing(where, CLIENT_CERTIFICATE);
        }
        yield build(
            () ->
                new CertificateCredentials(
                    tenant, client, Path.of(certificate.get()), password.map(Secret::of)));
      }
      case "device-code", "device" -> build(() -> new DeviceCodeCredentials(tenant, client));
      case "" ->
          throw new CredentialsException(
              "no credential found: set "
                  + CLIENT_SECRET
                  + ", or "
                  + CLIENT_CERTIFICATE
                  + " (a PEM or PFX file), or "
                  + AUTH_FLOW
                  + "=device-code to sign in as a user");
      default ->
          throw new CredentialsException(
              AUTH_FLOW + " must be secret, certificate or device-code, not '" + flow + "'");
    };
  }

  private interface Builder {
    Credentials build();
  }

  private static Credentials build(Builder builder) throws CredentialsException {
    try {
      return builder.build();
    } catch (IllegalArgumentException invalid) {
      throw new CredentialsException(invalid.getMessage());
    }
  }

  private static String required(Map<String, String> settings, String key, String where)
      throws CredentialsException {
    return optional(settings, key).orElseThrow(() -> missing(where, key));
  }

  private static Optional<String> optional(Map<String, String> settings, String key) {
    String value = settings.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static CredentialsException missing(String where, String key) {
    String name =
        where.startsWith("environment")
            ? key
            : key.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
    return new CredentialsException("missing " + where + name);
  }
}
