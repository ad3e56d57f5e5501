package io.huntbook.notebook.hunt;

import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.Progress;
import io.huntbook.notebook.exec.QueryChecker;
import io.huntbook.notebook.exec.RunOptions;
import io.huntbook.notebook.exec.Throttle;
import io.huntbook.notebook.model.Notebook;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HuntService#run} runs and where it writes.
 *
 * @param notebook the hunt notebook; empty: the packaged LDAP-reconnaissance hunt
 * @param title the report's title
 * @param outputFolder where the executed notebook and the report go (created if missing)
 * @param connection the connection the cells start on ({@code local} for the demo tenant)
 * @param backends opens the backend of a connection
 * @param checker checks each query before any is sent
 * @param throttle waits for the service's call rate
 * @param parameters values for the notebook's parameters cell, as given to {@code -p}
 * @param concurrency queries in flight at once
 * @param progress where progress goes
 */
public record HuntOptions(
    Optional<Notebook> notebook,
    String title,
    Path outputFolder,
    String connection,
    BackendFactory backends,
    QueryChecker checker,
    Throttle throttle,
    Map<String, String> parameters,
    int concurrency,
    Progress progress) {

  public HuntOptions {
    Objects.requireNonNull(notebook);
    Objects.requireNonNull(title);
    Objects.requireNonNull(outputFolder);
    Objects.requireNonNull(connection);
    Objects.requireNonNull(backends);
    Objects.requireNonNull(checker);
    Objects.requireNonNull(throttle);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    Objects.requireNonNull(progress);
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  /** The LDAP hunt on a connection opened by {@code backends}, written to {@code outputFolder}. */
  public static HuntOptions ldapHunt(
      Path outputFolder, String connection, BackendFactory backends) {
    return new HuntOptions(
        Optional.empty(),
        "LDAP reconnaissance hunt",
        outputFolder,
        connection,
        backends,
        QueryChecker.NONE,
        Throttle.NONE,
        Map.of(),
        RunOptions.DEFAULT_CONCURRENCY,
        Progress.forTerminal());
  }

  public HuntOptions withNotebook(Notebook other, String otherTitle) {
    return new HuntOptions(
        Optional.of(other),
        otherTitle,
        outputFolder,
        connection,
        backends,
        checker,
        throttle,
        parameters,
        concurrency,
        progress);
  }

  public HuntOptions withParameters(Map<String, String> values) {
    return new HuntOptions(
        notebook,
        title,
        outputFolder,
        connection,
        backends,
        checker,
        throttle,
        values,
        concurrency,
        progress);
  }

  public HuntOptions withChecker(QueryChecker other) {
    return new HuntOptions(
        notebook,
        title,
        outputFolder,
        connection,
        backends,
        other,
        throttle,
        parameters,
        concurrency,
        progress);
  }

  public HuntOptions withThrottle(Throttle other) {
    return new HuntOptions(
        notebook,
        title,
        outputFolder,
        connection,
        backends,
        checker,
        other,
        parameters,
        concurrency,
        progress);
  }

  public HuntOptions withConcurrency(int other) {
    return new HuntOptions(
        notebook,
        title,
        outputFolder,
        connection,
        backends,
        checker,
        throttle,
        parameters,
        other,
        progress);
  }

  public HuntOptions withProgress(Progress other) {
    return new HuntOptions(
        notebook,
        title,
        outputFolder,
        connection,
        backends,
        checker,
        throttle,
        parameters,
        concurrency,
        other);
  }
}
