package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.MarkdownCell;
import io.huntbook.notebook.model.Notebook;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.model.RawCell;
import io.huntbook.notebook.render.DataResource;
import io.huntbook.notebook.render.Html;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An executed notebook as one self-contained HTML page: inline CSS, no script, no external
 * resource, so it opens anywhere without a network. Markdown is rendered with CommonMark and GFM
 * tables, raw HTML in it is escaped, images that are not inline data are dropped and external links
 * are shown as text. Result tables are rebuilt from the escaped data resource, never copied from a
 * notebook's own HTML.
 */
public final class HtmlReport {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(
              context ->
                  (node, tagName, attributes) -> {
                    if (node instanceof Image) {
                      String source = attributes.getOrDefault("src", "");
                      if (!source.startsWith("data:image/")) {
                        attributes.remove("src");
                      }
                    }
                    if (node instanceof Link) {
                      String target = attributes.getOrDefault("href", "");
                      if (!target.startsWith("#")) {
                        attributes.remove("href");
                        attributes.put("title", target);
                      }
                    }
                  })
          .build();

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d232b;line-height:1.5}
      h1,h2,h3{line-height:1.25}
      pre,code{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:.85rem}
      pre{background:#f4f6f8;border:1px solid #d9dee3;border-radius:4px;padding:.6rem;overflow:auto;white-space:pre-wrap}
      table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}
      th,td{border:1px solid #d9dee3;padding:.25rem .5rem;text-align:left;vertical-align:top;max-width:40rem;overflow-wrap:anywhere}
      th{background:#eef1f4}
      td.number{text-align:right}
      .cell{margin:1.2rem 0}
      .query summary{cursor:pointer;color:#44505c}
      .error pre{background:#fdf0f0;border-color:#e7b4b4;color:#8a1f1f}
      .stderr pre{background:#fff8e1;border-color:#ecd9a0;color:#6b4e00}
      .rows{color:#44505c;font-size:.85rem}
      .findings .hit{background:#fff4e0}
      .findings .failed{background:#fdf0f0}
      .meta{color:#44505c;font-size:.85rem}
      """;

  private HtmlReport() {}

  /** The page for a notebook, with a findings summary at the top when there are findings. */
  public static String render(String title, Notebook notebook, List<FindingSummary> findings) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"meta\">Report generated ")
        .append(Html.escape(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
        .append(" by Huntbook.</p>\n</header>\n");
    if (!findings.isEmpty()) {
      findingsTable(html, findings);
    }
    html.append("<main>\n");
    for (int i = 0; i < notebook.cells().size(); i++) {
      cell(html, notebook.cells().get(i), i);
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The anchor of a cell in the page. */
  public static String anchor(int cellIndex) {
    return "cell-" + cellIndex;
  }

  private static void findingsTable(StringBuilder html, List<FindingSummary> findings) {
    long hits = findings.stream().filter(f -> f.rows() > 0).count();
    html.append("<section class=\"findings\">\n<h2>Findings</h2>\n<p>")
        .append(hits)
        .append(" of ")
        .append(findings.size())
        .append(" technique queries returned rows.</p>\n<table>\n<thead><tr>")
        .append("<th>Finding</th><th>ATT&amp;CK</th><th>Rows</th><th>Devices</th><th>Accounts</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (FindingSummary finding : findings) {
      html.append("<tr class=\"")
          .append(finding.failed() ? "failed" : finding.rows() > 0 ? "hit" : "none")
          .append("\"><td><a href=\"#")
          .append(Html.escape(finding.anchor()))
          .append("\">")
          .append(Html.escape(finding.title()))
          .append("</a>");
      if (finding.failed()) {
        html.append("<br>error: ").append(Html.escape(finding.error()));
      }
      html.append("</td><td>")
          .append(Html.escape(String.join(", ", finding.attack())))
          .append("</td><td class=\"number\">")
          .append(finding.rows())
          .append("</td><td class=\"number\">")
          .append(finding.devices())
          .append("</td><td class=\"number\">")
          .append(finding.accounts())
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void cell(StringBuilder html, Cell cell, int index) {
    html.append("<section class=\"cell\" id=\"").append(anchor(index)).append("\">\n");
    switch (cell) {
      case MarkdownCell markdown -> html.append(RENDERER.render(MARKDOWN.parse(markdown.source())));
      case RawCell raw -> html.append("<pre>").append(Html.escape(raw.source())).append("</pre>\n");
      case CodeCell code -> code(html, code);
    }
    html.append("</section>\n");
  }

  private static void code(StringBuilder html, CodeCell code) {
    if (code.source().isBlank()) {
      return;
    }
    String tags = String.join(", ", code.tags());
    html.append("<details class=\"query\"")
        .append(code.outputs().isEmpty() ? " open" : "")
        .append("><summary>")
        .append(tags.isEmpty() ? "Query" : "Query (" + Html.escape(tags) + ")")
        .append(
            code.executionCount().isPresent() ? " [" + code.executionCount().getAsInt() + "]" : "")
        .append("</summary>\n<pre><code>")
        .append(Html.escape(code.source()))
        .append("</code></pre>\n</details>\n");
    for (Output output : code.outputs()) {
      output(html, output);
    }
  }

  private static void output(StringBuilder html, Output output) {
    switch (output) {
      case Output.ExecuteResult result -> bundle(html, result.data());
      case Output.DisplayData display -> bundle(html, display.data());
      case Output.Stream stream ->
          // A cell's stderr holds the checker's warnings: set apart, as Jupyter shows it.
          html.append(stream.name().equals("stderr") ? "<div class=\"stderr\"><pre>" : "<pre>")
              .append(Html.escape(stream.text()))
              .append(stream.name().equals("stderr") ? "</pre></div>\n" : "</pre>\n");
      case Output.Error error ->
          html.append("<div class=\"error\"><pre>")
              .append(
                  Html.escape(
                      String.join(
                          "\n",
                          error.traceback().isEmpty()
                              ? List.of(error.ename() + ": " + error.evalue())
                              : error.traceback())))
              .append("</pre></div>\n");
    }
  }

  private static void bundle(StringBuilder html, JsonNode data) {
    JsonNode resource = data.get(DataResource.MIME_TYPE);
    if (resource != null && resource.isObject()) {
      table(html, resource);
    } else if (data.has("text/plain")) {
      html.append("<pre>").append(Html.escape(text(data.get("text/plain")))).append("</pre>\n");
    }
  }

  /** A table rebuilt from the data resource, every value escaped. */
  private static void table(StringBuilder html, JsonNode resource) {
    JsonNode fields = resource.path("schema").path("fields");
    html.append("<table>\n<thead><tr>");
    for (JsonNode field : fields) {
      html.append("<th>").append(Html.escape(field.path("name").asText())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    JsonNode data = resource.path("data");
    int shown = 0;
    for (JsonNode row : data) {
      if (shown++ >= ReportOptions.MAX_ROWS) {
        break;
      }
      html.append("<tr>");
      for (JsonNode field : fields) {
        JsonNode value = row.get(field.path("name").asText());
        boolean number = value != null && value.isNumber();
        html.append(number ? "<td class=\"number\">" : "<td>")
            .append(
                Html.escape(
                    value == null || value.isNull()
                        ? ""
                        : value.isTextual() ? value.asText() : value.toString()))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    int total = resource.path("huntbook_rows").asInt(data.size());
    int listed = Math.min(data.size(), ReportOptions.MAX_ROWS);
    html.append("</tbody>\n</table>\n<p class=\"rows\">")
        .append(
            listed < total
                ? listed + " of " + total + " rows shown"
                : total + (total == 1 ? " row" : " rows"))
        .append("</p>\n");
  }

  private static String text(JsonNode node) {
    if (node.isArray()) {
      StringBuilder text = new StringBuilder();
      node.forEach(part -> text.append(part.asText()));
      return text.toString();
    }
    return node.asText();
  }

  /** The file name a report of {@code title} gets. */
  public static String fileName(String title) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return (slug.isEmpty() ? "report" : slug) + ".html";
  }

  /** Limits of the report page. */
  static final class ReportOptions {
    /** Rows of one result shown in the page. */
    static final int MAX_ROWS = 200;

    private ReportOptions() {}
  }
}
