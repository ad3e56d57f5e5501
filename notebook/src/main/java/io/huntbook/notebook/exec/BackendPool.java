package io.huntbook.notebook.exec;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open backend per connection name, opened on first use and shared by all cells (backends are
 * thread-safe); closing the pool closes them.
 */
public final class BackendPool implements AutoCloseable {
  private final BackendFactory factory;
  private final boolean ownsBackends;
  private final Map<String, Backend> open = new HashMap<>();
  private boolean closed;

  /** A pool that opens backends with the factory and closes them when it closes. */
  public BackendPool(BackendFactory factory) {
    this(factory, true);
  }

  private BackendPool(BackendFactory factory, boolean ownsBackends) {
    this.factory = factory;
    this.ownsBackends = ownsBackends;
  }

  /**
   * A pool around one backend the caller owns (and closes), used for every connection name: the
   * default for tests and for the demo tenant.
   */
  public static BackendPool of(Backend backend) {
    return new BackendPool(connection -> backend, false);
  }

  public synchronized Backend backend(String connection) throws QueryException {
    if (closed) {
      throw new IllegalStateException("backend pool is closed");
    }
    Backend backend = open.get(connection);
    if (backend == null) {
      backend = factory.open(connection);
      open.put(connection, backend);
    }
    return backend;
  }

  @Override
  public synchronized void close() {
    closed = true;
    List<Backend> distinct = new ArrayList<>();
    for (Backend backend : open.values()) {
      if (distinct.stream().noneMatch(b -> b == backend)) {
        distinct.add(backend);
      }
    }
    open.clear();
    if (!ownsBackends) {
      return;
    }
    for (Backend backend : distinct) {
      backend.close();
    }
  }
}
