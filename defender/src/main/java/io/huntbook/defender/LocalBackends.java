package io.huntbook.defender;

import io.huntbook.engine.Backend;

/** Opens {@code --connection local}: the embedded engine over the demo tenant or a workspace. */
final class LocalBackends {
  private LocalBackends() {}

  static Backend open(ConnectionSpec spec) throws ConnectionException {
    throw new ConnectionException(
        "--connection local needs the embedded engine, which this build does not have yet");
  }
}
