package io.huntbook.notebook.testing;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written backend for tests: answers every query with a table naming the query's last line,
 * fails queries containing {@code Nonexistent} the way an engine reports an unknown column (with
 * line and column), records requests and the highest number of queries in flight at once.
 */
public final class FakeBackend implements Backend {
  private final List<QueryRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final long delayMillis;
  private volatile boolean closed;

  public FakeBackend(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public ResultTable execute(QueryRequest request) throws QueryException, InterruptedException {
    requests.add(request);
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(delayMillis);
      String[] lines = request.kql().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int at = lines[i].indexOf("Nonexistent");
        if (at >= 0) {
          throw new QueryException(
              "KQL0201", "unknown column 'Nonexistent'", i + 1, at + 1, List.of());
        }
      }
      String last = lines[lines.length - 1].strip();
      return new ResultTable(
          List.of(new Column("Query", KqlType.STRING), new Column("Length", KqlType.LONG)),
          List.of(List.of(last, (long) request.kql().length()), List.of("<b>&</b>", 2L)));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  public List<QueryRequest> requests() {
    return List.copyOf(requests);
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
