package io.huntbook.cli;

import io.huntbook.defender.BackendContext;
import io.huntbook.defender.ConnectionReport;
import io.huntbook.defender.ConnectionTest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code huntbook connect test}: checks credentials, permission and a first query. */
@Command(
    name = "connect",
    description = "Check a connection to a tenant.",
    subcommands = ConnectCommand.Test.class)
final class ConnectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Gets a token, reads its roles, checks the API's permission, runs {@code print 1}. */
  @Command(
      name = "test",
      description =
          "Get a token, check the permission the API needs, run 'print 1', show what was resolved.")
  static final class Test implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
      ConnectionReport report =
          ConnectionTest.run(connection.spec(), BackendContext.fromEnvironment(System.err));
      PrintWriter out = spec.commandLine().getOut();
      report.lines().forEach(out::println);
      out.flush();
      return report.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }
}
