package io.huntbook.kernel.testing;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.Span;
import io.huntbook.kql.types.KqlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hand-written backend for kernel tests: answers a query with one row holding its last line and
 * the time range it was sent with; fails a query naming {@code NoSuchTable} the way the engine
 * reports an unknown table, with a diagnostic on that name; sleeps a minute, or until interrupted,
 * on a query that mentions {@code Sleep}. Records the requests.
 */
public final class EchoBackend implements Backend {
  private final List<QueryRequest> requests = Collections.synchronizedList(new ArrayList<>());

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public ResultTable execute(QueryRequest request) throws QueryException, InterruptedException {
    requests.add(request);
    String kql = request.kql();
    int unknown = kql.indexOf("NoSuchTable");
    if (unknown >= 0) {
      Diagnostic diagnostic =
          new Diagnostic(
              "KQL0100",
              Diagnostic.Severity.ERROR,
              "unknown table 'NoSuchTable'",
              new Span(unknown, "NoSuchTable".length()));
      throw new QueryException("KQL0100", "unknown table 'NoSuchTable'", 0, 0, List.of(diagnostic));
    }
    if (kql.contains("Sleep")) {
      Thread.sleep(60_000);
    }
    String[] lines = kql.split("\n", -1);
    return new ResultTable(
        List.of(new Column("Query", KqlType.STRING), new Column("Timespan", KqlType.STRING)),
        List.<List<Object>>of(
            List.of(lines[lines.length - 1].strip(), request.timespan().orElse("none"))));
  }

  public List<QueryRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {}
}
