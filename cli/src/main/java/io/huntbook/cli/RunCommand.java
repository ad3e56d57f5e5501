package io.huntbook.cli;

import io.huntbook.notebook.exec.BackendPool;
import io.huntbook.notebook.exec.CellExecutor;
import io.huntbook.notebook.exec.NotebookRunner;
import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.RunResult;
import io.huntbook.notebook.exec.SessionState;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.params.NotebookParameters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook run NOTEBOOK}: checks every cell, runs them in parallel within the connection's
 * limits and writes the executed notebook atomically (in place unless {@code -o} says where).
 */
@Command(name = "run", description = "Execute a KQL notebook (.ipynb) headlessly.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "NOTEBOOK", description = "The .ipynb to run.")
  Path notebookPath;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write the executed notebook (default: in place).")
  Path output;

  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "Set a notebook parameter (papermill-style), e.g. -p lookback=14d.")
  List<String> parameters = List.of();

  @Option(names = "--concurrency", defaultValue = "4", description = "Queries in flight at once.")
  int concurrency;

  @Override
  public Integer call() throws Exception {
    Notebook notebook =
        NotebookParameters.inject(NotebookFiles.read(notebookPath), HuntCommand.parse(parameters));
    RunResult run;
    try (BackendPool backends = new BackendPool(NotebookSession.backends(connection))) {
      CellExecutor executor = new CellExecutor(backends, NotebookSession.checker(), Throttle.NONE);
      NotebookRunner runner =
          new NotebookRunner(executor, new RunOptions(concurrency, Progress.forTerminal()));
      run = runner.run(notebook, SessionState.on(connection.spec().kind().shortName()));
    }
    Path target = output != null ? output : notebookPath;
    NotebookFiles.write(target, run.notebook());
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d cell(s) run, %d failed; wrote %s%n", run.cells().size(), run.failures(), target);
    out.flush();
    return run.failures() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
