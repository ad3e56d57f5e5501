package io.huntbook.cli;

import io.huntbook.notebook.hunt.HuntService;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.NotebookFiles;
import io.huntbook.notebook.report.HtmlReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code huntbook report NOTEBOOK -o report.html}: one self-contained HTML page from an executed
 * notebook — markdown rendered, each query and table, the findings summary at the top.
 */
@Command(
    name = "report",
    description = "Render an executed notebook as one self-contained HTML page.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NOTEBOOK", description = "An executed .ipynb.")
  Path notebookPath;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "HTML",
      description = "Where to write the page (default: the notebook's name with .html).")
  Path output;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "Page title (default: the notebook's file name).")
  String title;

  @Override
  public Integer call() throws Exception {
    Notebook notebook = NotebookFiles.read(notebookPath);
    String fileName = notebookPath.getFileName().toString();
    String pageTitle = title != null ? title : fileName.replaceFirst("\\.ipynb$", "");
    Path target =
        output != null
            ? output
            : notebookPath.resolveSibling(pageTitle.replaceAll("[^A-Za-z0-9._-]", "_") + ".html");
    String html = HtmlReport.render(pageTitle, notebook, HuntService.findings(notebook));
    NotebookFiles.writeAtomically(target, html);
    spec.commandLine().getOut().println("Wrote " + target);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
