package io.huntbook.kernel.wire;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Remembers the signatures of accepted messages so that a captured message sent again is recognised
 * and dropped. Keeps the most recent {@code capacity} signatures, as Jupyter's own session keeps a
 * bounded digest history.
 */
public final class ReplayGuard {
  private final int capacity;
  private final Set<ByteBuffer> seen = new LinkedHashSet<>();

  public ReplayGuard(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /**
   * Records a signature; returns false when it was seen before (a replay). Thread-safe, because the
   * shell and control sockets are read by different threads.
   */
  public synchronized boolean firstSighting(byte[] signature) {
    if (!seen.add(ByteBuffer.wrap(signature.clone()))) {
      return false;
    }
    if (seen.size() > capacity) {
      Iterator<ByteBuffer> oldest = seen.iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }
}
