package io.huntbook.cli;

import io.huntbook.engine.result.ResultTable;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.report.ResultExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook export NOTEBOOK --cell N --format csv|json}: one cell's saved result. {@code N}
 * is the execution count shown beside the cell ({@code [N]}), as a hunter reads it in Jupyter.
 */
@Command(name = "export", description = "Export one cell's result of an executed notebook.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NOTEBOOK", description = "An executed .ipynb.")
  Path notebookPath;

  @Option(
      names = "--cell",
      required = true,
      paramLabel = "N",
      description = "The cell's execution count [N].")
  int cell;

  @Option(
      names = "--format",
      paramLabel = "csv|json",
      defaultValue = "csv",
      description = "csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    ResultExport.Format chosen;
    try {
      chosen = ResultExport.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    Notebook notebook = NotebookFiles.read(notebookPath);
    List<Integer> counts = new ArrayList<>();
    for (Cell candidate : notebook.cells()) {
      if (candidate instanceof CodeCell code && code.executionCount().isPresent()) {
        counts.add(code.executionCount().getAsInt());
        if (code.executionCount().getAsInt() == cell) {
          ResultTable table =
              ResultExport.fromCell(code)
                  .orElseThrow(
                      () ->
                          new UserException(
                              "cell [" + cell + "] has no result table", ExitCodes.FINDINGS));
          if (output != null) {
            ResultExport.write(output, table, chosen);
          } else {
            spec.commandLine().getOut().print(ResultExport.export(table, chosen));
            spec.commandLine().getOut().flush();
          }
          return ExitCodes.OK;
        }
      }
    }
    throw new UserException(
        "no executed cell ["
            + cell
            + "] in "
            + notebookPath
            + (counts.isEmpty()
                ? " (it has no executed cells: run it first)"
                : "; executed cells: " + counts));
  }
}
