package io.huntbook.cli;

import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.hunt.HuntOptions;
import io.huntbook.notebook.hunt.HuntResult;
import io.huntbook.notebook.hunt.HuntService;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.ParameterException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "Set a notebook parameter, e.g. -p lookback=14d.")
  List<String> parameters = List.of();

  @Option(names = "--concurrency", defaultValue = "4", description = "Queries in flight at once.")
  int concurrency;

  @Override
  public Integer call() throws Exception {
    HuntOptions options =
        HuntOptions.ldapHunt(
                output, connection.spec().kind().shortName(), NotebookSession.backends(connection))
            .withChecker(NotebookSession.checker())
            .withParameters(parse(parameters))
            .withConcurrency(concurrency)
            .withProgress(Progress.forTerminal());
    HuntResult result = HuntService.run(options);
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.summary());
    out.flush();
    return result.failures() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The {@code -p NAME=VALUE} options, checked by the notebook's own rules. */
  static Map<String, String> parse(List<String> assignments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : assignments) {
      try {
        Map.Entry<String, String> entry = NotebookParameters.parseAssignment(assignment);
        values.put(entry.getKey(), entry.getValue());
      } catch (ParameterException e) {
        throw new UserException("-p " + e.getMessage());
      }
    }
    return values;
  }
}
