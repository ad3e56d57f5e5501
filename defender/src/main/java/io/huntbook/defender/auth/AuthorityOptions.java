package io.huntbook.defender.auth;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * Where and how to ask for tokens.
 *
 * @param authority the authority with its tenant, such as {@code
 *     https://login.microsoftonline.com/<tenant>/}; always https (MSAL refuses anything else)
 * @param wellKnown whether the authority is a Microsoft cloud's; any other host (the emulator, a
 *     proxy) is used as given, without authority validation or instance discovery
 * @param trust the TLS trust for an authority whose certificate no public authority issued (the
 *     emulator's); empty: the JDK's default trust store
 * @param deviceCodePrompt where the device-code flow shows the user what to open and type
 */
public record AuthorityOptions(
    URI authority,
    boolean wellKnown,
    Optional<SSLContext> trust,
    Consumer<String> deviceCodePrompt) {
  public AuthorityOptions {
    Objects.requireNonNull(authority);
    Objects.requireNonNull(trust);
    Objects.requireNonNull(deviceCodePrompt);
    if (!"https".equalsIgnoreCase(authority.getScheme())) {
      throw new IllegalArgumentException(
          "the authority must be an https URL, not " + authority.getScheme() + ": " + authority);
    }
    String text = authority.toString();
    if (!text.endsWith("/")) {
      authority = URI.create(text + "/");
    }
  }

  /** The given authority base (scheme, host, port) with the tenant appended as its path. */
  public static URI forTenant(URI base, String tenantId) {
    String path = base.getPath();
    if (path != null && !path.isBlank() && !"/".equals(path)) {
      return base;
    }
    String text = base.toString();
    return URI.create((text.endsWith("/") ? text : text + "/") + tenantId + "/");
  }
}
