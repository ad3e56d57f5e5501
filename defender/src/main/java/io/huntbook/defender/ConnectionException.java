package io.huntbook.defender;

/**
 * A backend could not be opened: bad credentials, an unreadable certificate to trust, a missing
 * workspace. The message says what to do and never contains a secret.
 */
public class ConnectionException extends Exception {
  public ConnectionException(String message) {
    super(message);
  }

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
