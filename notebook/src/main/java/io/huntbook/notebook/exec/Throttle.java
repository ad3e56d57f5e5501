package io.huntbook.notebook.exec;

/**
 * Waits until a query may be sent on a connection, to stay within the service's call rate; the
 * defender module's rate limiter fits here.
 */
@FunctionalInterface
public interface Throttle {

  /** No waiting: the local engine has no quota. */
  Throttle NONE = connection -> {};

  void acquire(String connection) throws InterruptedException;
}
