package io.huntbook.notebook.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huntbook.engine.result.Column;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.types.KqlType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextTableTest {
  static final List<Column> COLUMNS =
      List.of(
          new Column("DeviceName", KqlType.STRING),
          new Column("Count", KqlType.LONG),
          new Column("Timestamp", KqlType.DATETIME),
          new Column("Span", KqlType.TIMESPAN),
          new Column("Fields", KqlType.DYNAMIC));

  @Test
  void alignsClipsAndCounts() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        Arrays.asList(
            "ws-01.contoso.local",
            12L,
            Instant.parse("2024-05-01T10:00:00Z"),
            Duration.ofHours(26).plusMillis(5),
            JsonNodeFactory.instance.objectNode().put("SearchFilter", "(adminCount=1)")));
    rows.add(
        Arrays.asList("line\nbreak and a long value that goes on and on", 3L, null, null, null));
    rows.add(Arrays.asList("third", 1L, null, null, null));
    ResultTable table = new ResultTable(COLUMNS, rows, true, Optional.empty(), Map.of());
    assertThat(TextTable.render(table, new TextTable.Options(2, 20)))
        .isEqualTo(
            """
            DeviceName            Count  Timestamp             Span                Fields
            --------------------  -----  --------------------  ------------------  --------------------
            ws-01.contoso.local      12  2024-05-01T10:00:00…  1.02:00:00.0050000  {"SearchFilter":"(a…
            line⏎break and a lo…      3
            (2 of 3 rows shown) — the service truncated the result at its row limit
            """);
  }

  @Test
  void emptyResultsSayZeroRows() {
    ResultTable table = new ResultTable(COLUMNS.subList(0, 1), List.of());
    assertThat(TextTable.render(table)).isEqualTo("DeviceName\n----------\n(0 rows)\n");
    ResultTable one = new ResultTable(COLUMNS.subList(0, 1), List.of(List.of("x")));
    assertThat(TextTable.render(one)).endsWith("(1 row)\n");
  }

  @Test
  void htmlEscapesEverything() {
    ResultTable table =
        new ResultTable(
            List.of(new Column("<script>", KqlType.STRING)),
            List.of(List.of("<img src=x onerror=alert(1)>\"'")));
    String html = HtmlTable.render(table);
    assertThat(html).doesNotContain("<script>").doesNotContain("<img");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;").contains("(1 row)");
  }
}
