package io.huntbook.cli;

import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.ParameterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of every command that executes a notebook: parameters and concurrency. */
final class NotebookRunOptions {
  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "Set a notebook parameter (papermill-style), e.g. -p lookback=14d.")
  List<String> parameters = List.of();

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Queries in flight at once, within the API's call limit (default: ${DEFAULT-VALUE}).")
  int concurrency;

  /** The {@code --concurrency} given, refused below one. */
  int concurrency() {
    if (concurrency < 1) {
      throw new UserException("--concurrency must be at least 1, not " + concurrency);
    }
    return concurrency;
  }

  /** The {@code -p NAME=VALUE} options, checked by the notebook's own rules. */
  Map<String, String> parameters() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String assignment : parameters) {
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
