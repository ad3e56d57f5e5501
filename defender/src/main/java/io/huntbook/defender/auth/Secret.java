package io.huntbook.defender.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value (client secret, certificate password, access token). Its {@link #toString()}
 * is redacted so that a secret printed by accident, logged, or concatenated into an exception
 * message shows nothing; {@link #reveal()} is the one deliberate way to read it, and it is called
 * only where the value goes onto the wire.
 */
public final class Secret {
  private static final String REDACTED = "Secret[redacted]";
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a non-empty value. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
    return new Secret(value);
  }

  /** The value itself: send it, never print it. */
  public String reveal() {
    return value;
  }

  /** Compares with another value in constant time, as signatures and secrets must be. */
  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.matches(value);
  }

  @Override
  public int hashCode() {
    // A constant: a hash of the value would leak a little of it and nothing needs fast lookup.
    return 17;
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}
