package io.huntbook.kernel.kql;

import io.huntbook.kernel.Completeness;
import io.huntbook.kernel.Completion;
import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.Inspection;
import io.huntbook.kernel.KernelLanguage;
import io.huntbook.kernel.LanguageInfo;
import io.huntbook.kernel.OutputSink;
import io.huntbook.kql.schema.Catalog;
import java.util.List;
import java.util.Map;

/** KQL for the {@link io.huntbook.kernel.BaseKernel}: cells run through a {@link KqlEvaluator}. */
public final class KqlLanguage implements KernelLanguage {
  /** The kernel's version, as {@code kernel_info_reply} reports it. */
  public static final String VERSION = "0.1.0";

  private static final LanguageInfo INFO =
      new LanguageInfo(
          "kql",
          "1.0",
          "text/x-kql",
          ".kql",
          // No editor ships a KQL mode; SQL's highlights the keywords, strings and comments.
          "sql",
          "kql",
          "huntbook",
          VERSION,
          "Huntbook KQL kernel " + VERSION + ": Kusto Query Language for Microsoft Defender XDR",
          List.of(
              new LanguageInfo.HelpLink(
                  "KQL reference", "https://learn.microsoft.com/kusto/query/"),
              new LanguageInfo.HelpLink(
                  "Advanced hunting schema",
                  "https://learn.microsoft.com/defender-xdr/advanced-hunting-schema-tables")));

  private final KqlEvaluator evaluator;
  private final KqlCompleter completer;
  private final KqlInspector inspector;

  KqlLanguage(
      KqlEvaluator evaluator,
      Catalog catalog,
      RowSchemas rowSchemas,
      Map<String, FunctionHelp> functions) {
    this.evaluator = evaluator;
    this.completer = new KqlCompleter(catalog, rowSchemas, List.copyOf(functions.keySet()));
    this.inspector = new KqlInspector(catalog, rowSchemas, functions);
  }

  /** KQL over the Defender schema, running cells with the given evaluator. */
  public static KqlLanguage defender(KqlEvaluator evaluator) {
    Catalog catalog = Catalog.defender();
    return new KqlLanguage(
        evaluator, catalog, new SourceTableSchemas(catalog), FunctionHelpCatalog.all());
  }

  @Override
  public LanguageInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(String code, OutputSink outputs) throws InterruptedException {
    return evaluator.evaluate(code, outputs);
  }

  @Override
  public Completion complete(String code, int cursor) {
    return completer.complete(code, cursor);
  }

  @Override
  public Inspection inspect(String code, int cursor, int detailLevel) {
    return inspector.inspect(code, cursor, detailLevel);
  }

  @Override
  public Completeness isComplete(String code) {
    return KqlCompleteness.check(code);
  }
}
