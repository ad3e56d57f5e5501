package io.huntbook.cli;

import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.hunt.HuntOptions;
import io.huntbook.notebook.hunt.HuntResult;
import io.huntbook.notebook.hunt.HuntService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook hunt}: the guided LDAP-reconnaissance hunt, end to end — runs the notebook on the
 * chosen connection (the demo tenant by default), writes the executed notebook and the HTML report,
 * and prints the findings by technique.
 */
@Command(
    name = "hunt",
    description =
        "Run the guided LDAP-reconnaissance hunt; write the executed notebook and report.")
final class HuntCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "huntbook-out",
      description = "Folder for hunt.ipynb and report.html. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Mixin NotebookRunOptions run;

  @Override
  public Integer call() throws Exception {
    HuntOptions options =
        HuntOptions.ldapHunt(
                output, connection.spec().kind().shortName(), NotebookSession.backends(connection))
            .withChecker(NotebookSession.checker())
            .withParameters(run.parameters())
            .withConcurrency(run.concurrency())
            .withProgress(Progress.forTerminal());
    HuntResult result = HuntService.run(options);
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.summary());
    out.flush();
    return result.failures() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
