package io.huntbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.engine.storage.StorageTypes;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalEngineTest {
  private static final TableSchema EVENTS =
      new TableSchema(
          "Events",
          List.of(
              new ColumnSchema("Timestamp", KqlType.DATETIME),
              new ColumnSchema("DeviceName", KqlType.STRING),
              new ColumnSchema("Bytes", KqlType.LONG),
              new ColumnSchema("Extra", KqlType.DYNAMIC)));
  private static final Instant CAPTURE = Instant.parse("2024-03-01T10:00:00Z");

  private static LocalEngine engine;

  @BeforeAll
  static void open() throws Exception {
    engine =
        LocalEngine.inMemory(
            new Catalog(List.of(EVENTS)),
            connection -> {
              try (Statement s = connection.createStatement()) {
                s.execute(
                    "INSERT INTO \"Events\" VALUES"
                        + " (TIMESTAMP '2024-03-01 09:00:00', 'alpha', 10, '{\"k\":[1,2]}'),"
                        + " (TIMESTAMP '2024-02-01 09:00:00', 'beta', 20, NULL)");
                s.execute(
                    "CREATE TABLE " + StorageTypes.META_TABLE + " (key VARCHAR, value VARCHAR)");
              }
              try (PreparedStatement p =
                  connection.prepareStatement(
                      "INSERT INTO " + StorageTypes.META_TABLE + " VALUES (?, ?)")) {
                p.setString(1, StorageTypes.CAPTURE_TIME_KEY);
                p.setString(2, CAPTURE.toString());
                p.execute();
              }
            });
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static ResultTable run(String kql) throws Exception {
    return engine.execute(QueryRequest.of(kql));
  }

  @Test
  void runsPrintWithTypedValues() throws Exception {
    ResultTable result =
        run("print n = 1, s = 'x', t = datetime(2024-01-02 03:04:05), d = 90m, j = dynamic([1])");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("n", "s", "t", "d", "j");
    assertThat(result.rows().get(0))
        .containsExactly(
            1L,
            "x",
            Instant.parse("2024-01-02T03:04:05Z"),
            Duration.ofMinutes(90),
            result.rows().get(0).get(4));
    assertThat(((JsonNode) result.rows().get(0).get(4)).get(0).asInt()).isEqualTo(1);
  }

  @Test
  void readsLoadedTablesWithWhereAndProject() throws Exception {
    ResultTable result = run("Events | where Bytes > 15 | project DeviceName, Bytes");
    assertThat(result.rows()).containsExactly(List.of("beta", 20L));
  }

  @Test
  void nowDefaultsToTheCaptureTimeAndTheRequestOverridesIt() throws Exception {
    assertThat(engine.defaultNow()).isEqualTo(CAPTURE);
    assertThat(run("Events | where Timestamp > ago(1d) | project DeviceName").rows())
        .containsExactly(List.of("alpha"));
    ResultTable later =
        engine.execute(
            new QueryRequest(
                "print now()",
                "<test>",
                Optional.empty(),
                Optional.of(Instant.parse("2030-01-01T00:00:00Z"))));
    assertThat(later.rows().get(0).get(0)).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void stringsAreNeverNull() throws Exception {
    ResultTable result = run("Events | project s = tostring(Extra.missing), n = Extra.missing");
    assertThat(result.rows()).extracting(r -> r.get(0)).containsOnly("");
    assertThat(result.rows()).extracting(r -> r.get(1)).containsOnlyNulls();
  }

  @Test
  void mvExpandKeepsAtMostTheLimitPerRowWithTheItemIndex() throws Exception {
    ResultTable result =
        run("print d = dynamic([10, 20, 30]) | mv-expand with_itemindex = i d limit 2");
    assertThat(result.rows()).extracting(r -> r.get(1)).containsExactly(0L, 1L);
  }

  @Test
  void searchOverTablesNamesEachRowsTable() throws Exception {
    ResultTable result = run("search in (Events) \"alpha\" | project $table, DeviceName");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("$table", "DeviceName");
    assertThat(result.rows()).containsExactly(List.of("Events", "alpha"));
    assertThat(run("search \"beta\"").rows()).hasSize(1);
  }

  @Test
  void findProjectsTheMatchingRowsAfterTheirTable() throws Exception {
    ResultTable result = run("find in (Events) where Bytes > 15 project DeviceName");
    assertThat(result.columns()).extracting(c -> c.name()).containsExactly("source_", "DeviceName");
    assertThat(result.rows()).containsExactly(List.of("Events", "beta"));
  }

  @Test
  void arraysRotateShiftAndZip() throws Exception {
    ResultTable result =
        run(
            "print d = dynamic([1, 2, 3, 4, 5]) | project l = array_rotate_left(d, 2),"
                + " r = array_rotate_right(d, 2), s = array_shift_right(d, 1, -1),"
                + " z = zip(d, dynamic(['a']))");
    assertThat(result.rows().get(0).stream().map(String::valueOf).toList())
        .containsExactly(
            "[3,4,5,1,2]",
            "[4,5,1,2,3]",
            "[-1,1,2,3,4]",
            "[[1,\"a\"],[2,null],[3,null],[4,null],[5,null]]");
  }

  @Test
  void ranksRestartWhereThePredicateHolds() throws Exception {
    ResultTable result =
        run(
            "datatable(g:string, s:long)['a',10, 'a',10, 'a',20, 'b',5, 'b',7]"
                + " | sort by g asc, s asc"
                + " | serialize dense = row_rank_dense(s, g != prev(g)),"
                + " least = row_rank_min(s, g != prev(g))");
    assertThat(result.rows())
        .extracting(row -> row.get(2) + "/" + row.get(3))
        .containsExactly("1/1", "1/1", "2/3", "1/1", "2/2");
  }

  @Test
  void renderBecomesTheChart() throws Exception {
    ResultTable result = run("Events | summarize count() by DeviceName | render barchart");
    assertThat(result.chart()).isPresent();
    assertThat(result.chart().get().kind()).isEqualTo("barchart");
  }

  @Test
  void errorsCarryTheCodeLineAndColumn() {
    assertThatThrownBy(() -> run("Events\n| where NoSuchColumn > 1"))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e.code()).startsWith("KQL");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(9);
              assertThat(e.getMessage()).contains("line 2:9");
              assertThat(e.diagnostics()).isNotEmpty();
            });
  }

  @Test
  void interruptingTheCallerCancelsTheQuery() throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                run("range i from 1 to 5000000000 step 1 | summarize count() by i % 7");
                outcome.complete(null);
              } catch (Throwable t) {
                outcome.complete(t);
              }
            });
    caller.start();
    Thread.sleep(300);
    caller.interrupt();
    assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
  }
}
