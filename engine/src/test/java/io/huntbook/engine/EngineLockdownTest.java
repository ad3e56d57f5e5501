package io.huntbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.kql.schema.ColumnSchema;
import io.huntbook.kql.schema.TableSchema;
import io.huntbook.kql.types.KqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query from a shared notebook can read the tables and nothing else: hostile names and strings
 * stay data, SQL smuggled after a {@code ;} never runs, and the locked database refuses files and
 * configuration changes.
 */
class EngineLockdownTest {
  private static final String HOSTILE_TABLE = "read_csv('/etc/passwd')";

  @TempDir static Path directory;
  private static LocalEngine engine;

  @BeforeAll
  static void open() throws Exception {
    TableSchema hostile =
        new TableSchema(HOSTILE_TABLE, List.of(new ColumnSchema("line", KqlType.STRING)));
    engine =
        LocalEngine.inMemory(
            new Catalog(List.of(hostile)),
            connection -> {
              try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO \"read_csv('/etc/passwd')\" VALUES ('only this row')");
              }
            });
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aTableNamedLikeAFileReaderIsJustATable() throws Exception {
    ResultTable result = engine.execute(QueryRequest.of("['read_csv(\\'/etc/passwd\\')']"));
    assertThat(result.rows()).containsExactly(List.of("only this row"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "read_csv('/etc/passwd')",
        "read_csv('/etc/passwd') | take 1",
        "['read_text(\\'/etc/passwd\\')']",
        "print 1; ATTACH '/tmp/huntbook-attack.db'",
        "print 1; COPY (SELECT 1) TO '/tmp/huntbook-attack.csv'",
        "print x = 1 | project y = 2; SELECT * FROM read_csv('/etc/passwd')",
        "print x = toscalar(read_csv('/etc/passwd'))",
        "externaldata(line:string) [@'/etc/passwd']"
      })
  void hostileQueriesAreRejected(String kql) {
    assertThatThrownBy(() -> engine.execute(QueryRequest.of(kql)))
        .isInstanceOf(QueryException.class);
    assertThat(Path.of("/tmp/huntbook-attack.db")).doesNotExist();
    assertThat(Path.of("/tmp/huntbook-attack.csv")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's",
        "a\\b\\\\c",
        "'; DROP TABLE x; --",
        "\"); COPY (SELECT 1) TO '/tmp/x.csv'; --",
        "$$ dollar $$",
        "E'\\x41'"
      })
  void hostileStringsStayData(String text) throws Exception {
    String literal = "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    ResultTable result =
        engine.execute(QueryRequest.of("print s = " + literal + " | where s has_cs s"));
    assertThat(result.rows()).containsExactly(List.of(text));
    ResultTable verbatim =
        engine.execute(QueryRequest.of("print s = @\"" + text.replace("\"", "\"\"") + "\""));
    assertThat(verbatim.rows()).containsExactly(List.of(text));
  }

  @Test
  void theLockedConnectionRefusesFilesAndConfiguration() throws Exception {
    Path secret = Files.writeString(directory.resolve("secret.csv"), "a\n1\n");
    try (Connection session = engine.session();
        Statement statement = session.createStatement()) {
      assertThatThrownBy(() -> statement.execute("SET enable_external_access = true"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute("SET lock_configuration = false"))
          .isInstanceOf(SQLException.class);
    }
    for (String sql :
        List.of(
            "SELECT * FROM read_csv('" + secret + "')",
            "SELECT * FROM read_text('" + secret + "')",
            "COPY (SELECT 1) TO '" + directory.resolve("out.csv") + "'",
            "ATTACH '" + directory.resolve("other.db") + "'",
            "INSTALL httpfs",
            "LOAD httpfs")) {
      try (Connection session = engine.session();
          Statement statement = session.createStatement()) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class);
      }
    }
    assertThat(directory.resolve("out.csv")).doesNotExist();
    assertThat(directory.resolve("other.db")).doesNotExist();
  }
}
