package io.huntbook.tenant.demo;

import io.huntbook.engine.LocalEngine;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The demo tenant behind the local engine, generated once per test JVM, and query helpers. */
final class TestEngine {
  private static LocalEngine engine;
  private static DemoTenantLoader loader;

  private TestEngine() {}

  static synchronized LocalEngine engine() throws Exception {
    if (engine == null) {
      loader = DemoTenant.loader(TestTenant.OPTIONS);
      engine = LocalEngine.inMemory(io.huntbook.kql.schema.Catalog.defender(), loader);
    }
    return engine;
  }

  static synchronized GenerationSummary summary() throws Exception {
    engine();
    return loader.lastRun().orElseThrow();
  }

  static ResultTable run(String kql) throws Exception {
    return engine().execute(QueryRequest.of(kql));
  }

  /** The values of one column of a query's result, as text. */
  static Set<String> column(String kql, String column) throws Exception {
    ResultTable result = run(kql);
    int index = result.columnIndex(column);
    Set<String> values = new TreeSet<>();
    for (List<Object> row : result.rows()) {
      values.add(String.valueOf(row.get(index)));
    }
    return values;
  }

  static List<String> rowsAsText(String kql) throws Exception {
    List<String> lines = new ArrayList<>();
    for (List<Object> row : run(kql).rows()) {
      lines.add(String.join("|", row.stream().map(String::valueOf).toList()));
    }
    return lines;
  }
}
