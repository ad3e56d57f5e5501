package io.huntbook.cli;

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

  @Mixin NotebookRunOptions runOptions;

  @Override
  public Integer call() throws Exception {
    RunOptions options = new RunOptions(runOptions.concurrency(), Progress.forTerminal());
    Notebook notebook =
        NotebookParameters.inject(NotebookFiles.read(notebookPath), runOptions.parameters());
    RunResult run =
        NotebookRunner.runOnce(
            notebook,
            NotebookSession.backends(connection),
            NotebookSession.checker(),
            Throttle.NONE,
            options,
            SessionState.on(connection.spec().kind().shortName()));
    Path target = output != null ? output : notebookPath;
    NotebookFiles.write(target, run.notebook());
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d cell(s) run, %d failed; wrote %s%n", run.cells().size(), run.failures(), target);
    out.flush();
    return run.failures() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
