package io.huntbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the guided LDAP-reconnaissance hunt. */
@Command(name = "hunt", description = "Run the guided LDAP-reconnaissance hunt.")
final class HuntCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("huntbook hunt: the guided LDAP hunt has not landed yet (issue 5).");
    return ExitCodes.FINDINGS;
  }
}
