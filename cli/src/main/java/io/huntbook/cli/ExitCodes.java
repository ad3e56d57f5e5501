package io.huntbook.cli;

/** The exit codes of every huntbook command. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** The input had problems: a KQL error, a check that found errors, lines an import skipped. */
  public static final int FINDINGS = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** Something outside the input failed: a backend, the network, a file. */
  public static final int FAILURE = 3;

  private ExitCodes() {}
}
