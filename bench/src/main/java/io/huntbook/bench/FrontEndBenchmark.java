package io.huntbook.bench;

import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.sql.QueryCompiler;
import io.huntbook.kql.binder.Binder;
import io.huntbook.kql.parser.KqlParser;
import io.huntbook.kql.schema.Catalog;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse, bind and lower each corpus query, one JMH parameter per query so the median per query can
 * be read off. The baseline, run in the same process on the same text, is parsing alone: the report
 * gives the front end's full cost as a ratio to it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class FrontEndBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  /** Index into the sorted corpus; {@code all} runs every query (set by {@link BenchMain}). */
  @Param({"0"})
  public int query;

  private String text;
  private Catalog catalog;

  @Setup
  public void load() {
    List<String> queries = Corpus.queries();
    text = queries.get(query);
    catalog = Catalog.defender();
  }

  @Benchmark
  public Object baselineParse() {
    return KqlParser.parse(text);
  }

  @Benchmark
  public Object parseBind() {
    return Binder.bind(KqlParser.parse(text).script(), catalog);
  }

  @Benchmark
  public void parseBindLower(Blackhole blackhole) {
    try {
      blackhole.consume(QueryCompiler.compile(QueryRequest.of(text), catalog, NOW));
    } catch (QueryException e) {
      // Queries the local engine cannot run (externaldata, unsupported operators) still cost a
      // parse and a bind; that is what is measured for them.
      blackhole.consume(e);
    }
  }
}
