package io.huntbook.engine;

import io.huntbook.engine.result.ResultTable;

/**
 * Something that runs KQL and returns a typed table: the embedded DuckDB engine, or a Defender
 * hunting API. Implementations are safe to call from many threads at once; a caller cancels a
 * running query by interrupting its thread.
 */
public interface Backend extends AutoCloseable {

  /**
   * A short name for messages and metadata: {@code local}, {@code graph}, {@code m365d}, {@code
   * mde}.
   */
  String name();

  /** Runs one query. */
  ResultTable execute(QueryRequest request) throws QueryException, InterruptedException;

  @Override
  void close();
}
