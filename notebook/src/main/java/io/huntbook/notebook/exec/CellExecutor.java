package io.huntbook.notebook.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.engine.Backend;
import io.huntbook.engine.QueryException;
import io.huntbook.engine.QueryRequest;
import io.huntbook.engine.result.ResultTable;
import io.huntbook.kql.diagnostics.Diagnostic;
import io.huntbook.kql.syntax.SourceText;
import io.huntbook.kql.syntax.Span;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.Output;
import io.huntbook.notebook.params.KqlStatements;
import io.huntbook.notebook.params.LetStatement;
import io.huntbook.notebook.params.Prelude;
import io.huntbook.notebook.render.DataResource;
import io.huntbook.notebook.render.HtmlTable;
import io.huntbook.notebook.render.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs one KQL cell: the single entry point the Jupyter kernel and the notebook runner share.
 *
 * <p>{@link #prepare} reads the cell's magics, builds the query (the session's {@code let} prelude,
 * then the cell's KQL) and checks it without calling any API; {@link #run} sends it and turns the
 * answer into nbformat outputs: an {@code execute_result} with {@code text/html}, {@code
 * text/plain} and {@value DataResource#MIME_TYPE}, or an {@code error} naming line and column with
 * a caret under the place. {@link #execute} does both. Thread-safe.
 */
public final class CellExecutor {
  private final BackendPool backends;
  private final QueryChecker checker;
  private final Throttle throttle;

  public CellExecutor(BackendPool backends, QueryChecker checker, Throttle throttle) {
    this.backends = backends;
    this.checker = checker;
    this.throttle = throttle;
  }

  /** An executor that lets the backend check queries and does not throttle. */
  public CellExecutor(BackendPool backends) {
    this(backends, QueryChecker.NONE, Throttle.NONE);
  }

  /** Prepares and runs a cell: what the kernel calls for an {@code execute_request}. */
  public CellResult execute(
      String source, SessionState state, String sourceName, OptionalInt executionCount)
      throws InterruptedException {
    return run(prepare(source, state, sourceName), executionCount);
  }

  /** Reads and checks a cell without sending anything. */
  public PreparedCell prepare(String source, SessionState state, String sourceName) {
    CellSource cell = CellSource.parse(source);
    SessionState inCell = state.apply(cell.magics());
    List<CellProblem> problems = new ArrayList<>(cell.problems());
    if (!cell.hasKql()) {
      PreparedCell.Kind kind =
          cell.magics().isEmpty() && problems.isEmpty()
              ? PreparedCell.Kind.EMPTY
              : PreparedCell.Kind.MAGICS;
      return new PreparedCell(sourceName, kind, inCell, inCell, "", 0, problems, List.of());
    }
    Prelude prelude = inCell.prelude();
    if (onlyLets(cell.kql())) {
      Prelude extended = prelude.with(cell.kql()).prelude();
      // A script of lets alone is not a query; a trivial query after them lets the checker bind
      // them.
      String probe =
          prelude.text()
              + cell.kql()
              + "\n"
              + (endsWithSemicolon(cell.kql()) ? "" : ";")
              + "print 0";
      List<CellProblem> warnings = new ArrayList<>();
      check(sourceName, probe, prelude.lineCount(), problems, warnings);
      return new PreparedCell(
          sourceName,
          PreparedCell.Kind.DEFINITIONS,
          inCell,
          inCell.withPrelude(extended),
          "",
          prelude.lineCount(),
          problems,
          warnings);
    }
    String query = prelude.prepend(cell.kql());
    List<CellProblem> warnings = new ArrayList<>();
    check(sourceName, query, prelude.lineCount(), problems, warnings);
    return new PreparedCell(
        sourceName,
        PreparedCell.Kind.QUERY,
        inCell,
        inCell,
        query,
        prelude.lineCount(),
        problems,
        warnings);
  }

  /**
   * Adds the checker's errors to {@code problems} and its warnings about the cell's own lines to
   * {@code warnings} (a warning about the prelude belongs to the cell that defined it).
   */
  private void check(
      String sourceName,
      String query,
      int preludeLines,
      List<CellProblem> problems,
      List<CellProblem> warnings) {
    SourceText text = new SourceText(sourceName, query);
    for (Diagnostic diagnostic : checker.check(sourceName, query)) {
      CellProblem placed = CaretRendering.problem(text, preludeLines, diagnostic);
      if (diagnostic.isError()) {
        problems.add(placed);
      } else if (placed.line() > 0) {
        warnings.add(placed);
      }
    }
  }

  /**
   * Runs a prepared cell; a cell with problems gets its error output and sends nothing. Warnings
   * come first, as a {@code stderr} stream.
   */
  public CellResult run(PreparedCell cell, OptionalInt executionCount) throws InterruptedException {
    CellResult result = runChecked(cell, executionCount);
    if (cell.warnings().isEmpty()) {
      return result;
    }
    List<Output> outputs = new ArrayList<>();
    outputs.add(new Output.Stream("stderr", warningText(cell.warnings()), Json.object()));
    outputs.addAll(result.outputs());
    return new CellResult(
        result.status(), outputs, result.huntbook(), result.table(), result.after());
  }

  /** {@code warning: line L:C: CODE message}, the source line and a caret, for each warning. */
  static String warningText(List<CellProblem> warnings) {
    StringBuilder text = new StringBuilder();
    for (CellProblem warning : warnings) {
      List<String> lines = warning.rendering();
      text.append("warning: ").append(lines.getFirst()).append('\n');
      lines.stream().skip(1).forEach(line -> text.append(line).append('\n'));
    }
    return text.toString();
  }

  private CellResult runChecked(PreparedCell cell, OptionalInt executionCount)
      throws InterruptedException {
    if (cell.hasProblems()) {
      return failure(cell, cell.problems(), Json.object(), cell.state());
    }
    return switch (cell.kind()) {
      case EMPTY, DEFINITIONS -> ok(List.of(), Json.object(), Optional.empty(), cell.after());
      case MAGICS ->
          ok(
              List.of(new Output.Stream("stdout", describe(cell.after()), Json.object())),
              Json.object(),
              Optional.empty(),
              cell.after());
      case QUERY -> query(cell, executionCount);
    };
  }

  private CellResult query(PreparedCell cell, OptionalInt executionCount)
      throws InterruptedException {
    SessionState state = cell.state();
    ObjectNode huntbook = Json.object();
    huntbook.put("query", cell.query());
    huntbook.put("connection", state.connection());
    if (state.timespan().isPresent()) {
      huntbook.put("timespan", state.timespan().get());
    } else {
      huntbook.putNull("timespan");
    }
    long started = System.nanoTime();
    try {
      Backend backend = backends.backend(state.connection());
      throttle.acquire(state.connection());
      ResultTable table =
          backend.execute(
              new QueryRequest(cell.query(), cell.sourceName(), state.timespan(), state.now()));
      huntbook.put("rows", table.rowCount());
      huntbook.put("truncated", table.truncated());
      huntbook.put("duration_ms", (System.nanoTime() - started) / 1_000_000L);
      requestId(table.stats())
          .ifPresentOrElse(
              id -> huntbook.put("request_id", id), () -> huntbook.putNull("request_id"));
      huntbook.put("status", "ok");
      return ok(List.of(result(table, executionCount)), huntbook, Optional.of(table), cell.after());
    } catch (QueryException e) {
      huntbook.put("duration_ms", (System.nanoTime() - started) / 1_000_000L);
      SourceText text = new SourceText(cell.sourceName(), cell.query());
      List<CellProblem> problems = new ArrayList<>();
      if (!e.diagnostics().isEmpty()) {
        for (Diagnostic diagnostic : e.diagnostics()) {
          if (diagnostic.isError()) {
            problems.add(CaretRendering.problem(text, cell.preludeLines(), diagnostic));
          }
        }
      }
      if (problems.isEmpty()) {
        problems.add(
            CaretRendering.place(
                text,
                cell.preludeLines(),
                e.code(),
                String.valueOf(e.getMessage()),
                e.line(),
                e.column(),
                new Span(0, 0)));
      }
      return failure(cell, problems, huntbook, cell.after());
    }
  }

  /** The {@code execute_result} of a table. */
  public static Output.ExecuteResult result(ResultTable table, OptionalInt executionCount) {
    ObjectNode data = Json.object();
    data.put("text/html", HtmlTable.render(table));
    data.put("text/plain", TextTable.render(table, TextTable.Options.NOTEBOOK));
    data.set(DataResource.MIME_TYPE, DataResource.encode(table, DataResource.DEFAULT_MAX_ROWS));
    return new Output.ExecuteResult(executionCount, data, Json.object(), Json.object());
  }

  private static CellResult ok(
      List<Output> outputs, ObjectNode huntbook, Optional<ResultTable> table, SessionState after) {
    return new CellResult(CellResult.Status.OK, outputs, huntbook, table, after);
  }

  private static CellResult failure(
      PreparedCell cell, List<CellProblem> problems, ObjectNode huntbook, SessionState after) {
    CellProblem first = problems.getFirst();
    List<String> traceback = new ArrayList<>();
    for (CellProblem problem : problems) {
      traceback.addAll(problem.rendering());
    }
    if (!huntbook.isEmpty()) {
      huntbook.put("status", "error");
      huntbook.put("error_code", first.code());
    }
    Output error = new Output.Error(first.code(), first.located(), traceback);
    return new CellResult(
        CellResult.Status.ERROR, List.of(error), huntbook, Optional.empty(), after);
  }

  private static boolean onlyLets(String kql) {
    List<KqlStatements.Piece> pieces = KqlStatements.split(kql);
    return !pieces.isEmpty()
        && pieces.stream().allMatch(piece -> LetStatement.parse(piece.text()).isPresent());
  }

  private static boolean endsWithSemicolon(String kql) {
    return KqlStatements.stripComments(kql).strip().endsWith(";");
  }

  private static String describe(SessionState state) {
    return "connection: "
        + state.connection()
        + ", timespan: "
        + state.timespan().orElse("none")
        + "\n";
  }

  /** The service's request id if the backend reported one in its statistics. */
  private static Optional<String> requestId(Map<String, Object> stats) {
    for (Map.Entry<String, Object> entry : stats.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (key.equals("requestid") || key.equals("clientrequestid")) {
        return Optional.ofNullable(entry.getValue()).map(Object::toString);
      }
    }
    return Optional.empty();
  }
}
