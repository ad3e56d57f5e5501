package io.huntbook.defender.auth;

/**
 * Credentials could not be read or were refused. The message says what to do and never contains a
 * secret.
 */
public class CredentialsException extends Exception {
  public CredentialsException(String message) {
    super(message);
  }

  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
