package io.huntbook.cli;

import io.huntbook.defender.BackendContext;
import io.huntbook.notebook.exec.BackendFactory;
import io.huntbook.notebook.exec.ConnectionBackends;
import io.huntbook.notebook.exec.KqlChecker;
import io.huntbook.notebook.exec.QueryChecker;

/**
 * What the notebook commands hand the runner: a backend per connection name (the command line's
 * overrides apply to the connection it names; a {@code %connect} may switch to the local engine,
 * with its defaults, but to no other API) and a checker that parses and binds every cell before any
 * query is sent.
 */
final class NotebookSession {
  private NotebookSession() {}

  static BackendFactory backends(ConnectionOptions options) {
    return ConnectionBackends.unattended(
        options.spec(), BackendContext.fromEnvironment(System.err));
  }

  /** Parse and bind against the Defender schema: every KQL error before any API call. */
  static QueryChecker checker() {
    return KqlChecker.defender();
  }
}
