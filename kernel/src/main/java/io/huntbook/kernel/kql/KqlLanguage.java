package io.huntbook.kernel.kql;

import io.huntbook.kernel.Completeness;
import io.huntbook.kernel.Completion;
import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.Inspection;
import io.huntbook.kernel.KernelLanguage;
import io.huntbook.kernel.LanguageInfo;
import io.huntbook.kernel.OutputSink;
import io.huntbook.kql.schema.Catalog;
import io.huntbook.notebook.params.LetStatement;
import io.huntbook.notebook.params.Prelude;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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
  private final Supplier<EditorTools> toolsFactory;
  private EditorTools tools; // guarded by this

  /** Completion and inspection, built on first use so the kernel answers kernel_info at once. */
  private record EditorTools(KqlCompleter completer, KqlInspector inspector) {}

  KqlLanguage(
      KqlEvaluator evaluator,
      Supplier<Catalog> catalog,
      Function<Catalog, RowSchemas> rowSchemas,
      Supplier<Map<String, FunctionHelp>> functions) {
    this.evaluator = evaluator;
    this.toolsFactory =
        () -> {
          Catalog tables = catalog.get();
          RowSchemas rows = rowSchemas.apply(tables);
          Map<String, FunctionHelp> help = functions.get();
          return new EditorTools(
              new KqlCompleter(tables, rows, List.copyOf(help.keySet())),
              new KqlInspector(tables, rows, help));
        };
  }

  /** KQL over the Defender schema, running cells with the given evaluator. */
  public static KqlLanguage defender(KqlEvaluator evaluator) {
    return new KqlLanguage(
        evaluator, Catalog::defender, BoundRowSchemas::new, FunctionHelpCatalog::all);
  }

  /** The lets of earlier cells, when cells run through the notebook's executor. */
  private SessionLets sessionLets() {
    if (evaluator instanceof NotebookEvaluator notebook) {
      Prelude prelude = notebook.state().prelude();
      return new SessionLets(
          prelude.text(), prelude.statements().stream().map(LetStatement::name).toList());
    }
    return SessionLets.NONE;
  }

  private synchronized EditorTools tools() {
    if (tools == null) {
      tools = toolsFactory.get();
    }
    return tools;
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
    return tools().completer().complete(code, cursor, sessionLets());
  }

  @Override
  public Inspection inspect(String code, int cursor, int detailLevel) {
    return tools().inspector().inspect(code, cursor, detailLevel, sessionLets());
  }

  @Override
  public Completeness isComplete(String code) {
    return KqlCompleteness.check(code);
  }
}
