package io.huntbook.notebook.hunt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a hunt written as plain text into a notebook. The text is a sequence of cells, each
 * opened by a marker line:
 *
 * <pre>
 * &lt;!-- markdown id=hypothesis --&gt;
 * &lt;!-- code id=admin-count tags=definitions --&gt;
 * &lt;!-- code id=admin-count finding="adminCount=1" attack=T1087.002,T1069.002 --&gt;
 * &lt;!-- summary id=summary --&gt;
 * </pre>
 *
 * A code cell with a {@code finding} is a technique query: its metadata {@value #FINDING_KEY} names
 * the finding and its ATT&amp;CK ids. The {@code summary} cell is generated: a union of all
 * technique queries, counted by finding. Keeping the hunt as text makes it reviewable; the test
 * suite checks that the packaged notebook is what this source compiles to.
 */
public final class HuntSource {
  /** Cell metadata key of a technique query: {@code {"finding": …, "attack": [ids]}}. */
  public static final String FINDING_KEY = "huntbook_finding";

  private static final Pattern MARKER =
      Pattern.compile("^<!-- (markdown|code|summary)(.*?)-->\\s*$");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\"([^\"]*)\"|\\S+)");

  private HuntSource() {}

  /** One technique query, as the summary unions it. */
  public record Finding(String title, List<String> attack, String kql) {}

  public static Notebook compile(String text) {
    List<Cell> cells = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    String kind = null;
    Map<String, String> attributes = Map.of();
    StringBuilder body = new StringBuilder();
    int summaryIndex = -1;
    Map<String, String> summaryAttributes = Map.of();
    for (String line : (text + "\n<!-- markdown end -->").split("\n", -1)) {
      Matcher marker = MARKER.matcher(line);
      if (!marker.matches()) {
        body.append(line).append('\n');
        continue;
      }
      if (kind != null) {
        String source = body.toString().strip();
        switch (kind) {
          case "markdown" ->
              cells.add(new MarkdownCell(id(attributes), source, Json.object(), Json.object()));
          case "code" -> {
            ObjectNode metadata = Json.object();
            if (attributes.containsKey("tags")) {
              ArrayNode tags = metadata.putArray("tags");
              for (String tag : attributes.get("tags").split(",")) {
                tags.add(tag);
              }
            }
            if (attributes.containsKey("finding")) {
              List<String> attack = List.of(attributes.getOrDefault("attack", "").split(","));
              ObjectNode finding = metadata.putObject(FINDING_KEY);
              finding.put("finding", attributes.get("finding"));
              ArrayNode ids = finding.putArray("attack");
              attack.forEach(ids::add);
              findings.add(new Finding(attributes.get("finding"), attack, source));
            }
            cells.add(CodeCell.of(id(attributes), source, metadata));
          }
          case "summary" -> {
            summaryIndex = cells.size();
            summaryAttributes = attributes;
            cells.add(MarkdownCell.of(Optional.empty(), source));
          }
          default -> throw new IllegalStateException("unknown cell kind " + kind);
        }
      }
      kind = marker.group(1);
      attributes = attributes(marker.group(2));
      body.setLength(0);
    }
    if (summaryIndex >= 0) {
      cells.set(
          summaryIndex,
          CodeCell.of(
              id(summaryAttributes),
              summaryQuery(cells.get(summaryIndex).source(), findings),
              Json.object()));
    }
    return Notebook.create(cells);
  }

  /** The summary: every technique query, tagged with its finding, counted together. */
  static String summaryQuery(String comment, List<Finding> findings) {
    StringBuilder kql = new StringBuilder();
    for (String line : comment.split("\n")) {
      if (!line.isBlank()) {
        kql.append("// ").append(line.strip()).append('\n');
      }
    }
    kql.append("union\n");
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      kql.append("    (\n");
      for (String line : finding.kql().split("\n")) {
        if (!line.strip().startsWith("//")) {
          kql.append("    ").append(line).append('\n');
        }
      }
      // Only the columns the count needs: ReportId is a long on the endpoint and a string at the
      // domain controller, and union would split it.
      kql.append("    | project Timestamp, DeviceName, AccountName\n");
      kql.append("    | extend Finding = \"")
          .append(finding.title().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\", Attack = \"")
          .append(String.join(", ", finding.attack()))
          .append("\", Section = ")
          .append(i + 1)
          .append("\n    )")
          .append(i + 1 < findings.size() ? ",\n" : "\n");
    }
    kql.append(
        """
        | summarize Rows = count(), Devices = dcount(DeviceName), Accounts = dcount(AccountName),
            DeviceList = make_set(DeviceName, 10), AccountList = make_set(AccountName, 10),
            FirstSeen = min(Timestamp), LastSeen = max(Timestamp)
            by Section, Finding, Attack
        | order by Section asc""");
    return kql.toString();
  }

  private static Optional<String> id(Map<String, String> attributes) {
    return Optional.ofNullable(attributes.get("id"));
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher matcher = ATTRIBUTE.matcher(text);
    while (matcher.find()) {
      attributes.put(
          matcher.group(1), matcher.group(3) != null ? matcher.group(3) : matcher.group(2));
    }
    return attributes;
  }
}
