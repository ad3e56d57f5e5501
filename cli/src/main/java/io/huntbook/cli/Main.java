package io.huntbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code huntbook} command: subcommands are thin wrappers over the library. */
@Command(
    name = "huntbook",
    mixinStandardHelpOptions = true,
    version = "huntbook 0.1.0",
    description = "Guided threat-hunting notebooks for Microsoft Defender XDR.",
    subcommands = {Main.Hunt.class})
public final class Main implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 0;
  }

  /** Runs the guided LDAP-reconnaissance hunt on the demo tenant. */
  @Command(name = "hunt", description = "Run the guided LDAP-reconnaissance hunt.")
  static final class Hunt implements Callable<Integer> {
    @Override
    public Integer call() {
      System.err.println("huntbook hunt: the guided LDAP hunt has not landed yet (issue 5).");
      return 1;
    }
  }
}
