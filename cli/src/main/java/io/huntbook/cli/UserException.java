package io.huntbook.cli;

/** A problem the user can fix, shown as one line without a stack trace. */
public final class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(String message) {
    this(message, ExitCodes.USAGE);
  }

  public int exitCode() {
    return exitCode;
  }
}
