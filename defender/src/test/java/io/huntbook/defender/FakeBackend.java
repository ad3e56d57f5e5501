package io.huntbook.defender;

import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written backend for tests: answers queries from a table of canned results and refuses
 * anything else with a KQL-style error, recording every request it saw.
 */
public final class FakeBackend implements Backend {
  private final Map<String, ResultTable> answers = new ConcurrentHashMap<>();
  private final List<QueryRequest> seen = new CopyOnWriteArrayList<>();

  public FakeBackend answer(String kql, ResultTable table) {
    answers.put(kql, table);
    return this;
  }

  public List<QueryRequest> seen() {
    return seen;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public ResultTable execute(QueryRequest request) throws QueryException {
    seen.add(request);
    ResultTable table = answers.get(request.kql());
    if (table == null) {
      throw new QueryException(
          "KQL0101", "line 1:1: 'project' operator: Failed to resolve scalar expression named 'x'");
    }
    return table;
  }

  @Override
  public void close() {}
}
