package io.huntbook.notebook.params;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.model.Cell;
import io.huntbook.notebook.model.CodeCell;
import io.huntbook.notebook.model.Json;
import io.huntbook.notebook.model.Notebook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Papermill's parameter convention for KQL notebooks: the first code cell tagged {@value
 * #PARAMETERS_TAG} declares defaults with {@code let}; values from the command line go, typed from
 * those defaults, into a new cell tagged {@value #INJECTED_TAG} right after it.
 */
public final class NotebookParameters {
  /** Tag of the cell holding the parameter defaults. */
  public static final String PARAMETERS_TAG = "parameters";

  /** Tag of the cell the runner writes with the values given on the command line. */
  public static final String INJECTED_TAG = "injected-parameters";

  /**
   * Tag of a cell of shared {@code let} definitions (views, lists) that every query sees, like the
   * parameters but not settable from the command line.
   */
  public static final String DEFINITIONS_TAG = "definitions";

  private NotebookParameters() {}

  /** Whether a cell contributes statements to the prelude instead of running a query. */
  public static boolean isPreludeCell(Cell cell) {
    return cell instanceof CodeCell
        && (cell.hasTag(PARAMETERS_TAG)
            || cell.hasTag(INJECTED_TAG)
            || cell.hasTag(DEFINITIONS_TAG));
  }

  /** The declared parameters and their types, in order. */
  public static Map<String, ParameterType> declared(Notebook notebook) {
    Map<String, ParameterType> declared = new LinkedHashMap<>();
    parametersCell(notebook)
        .ifPresent(
            index -> {
              for (KqlStatements.Piece piece :
                  KqlStatements.split(notebook.cells().get(index).source())) {
                LetStatement.parse(piece.text())
                    .ifPresent(let -> declared.put(let.name(), let.type()));
              }
            });
    return declared;
  }

  /**
   * The notebook with the given values injected (replacing any earlier injected cell). With no
   * values the notebook is returned unchanged.
   */
  public static Notebook inject(Notebook notebook, Map<String, String> values)
      throws ParameterException {
    if (values.isEmpty()) {
      return notebook;
    }
    Optional<Integer> parameters = parametersCell(notebook);
    if (parameters.isEmpty()) {
      throw new ParameterException(
          "the notebook has no cell tagged '" + PARAMETERS_TAG + "', so it takes no parameters");
    }
    Map<String, ParameterType> declared = declared(notebook);
    StringBuilder source = new StringBuilder("// Parameters given on the command line\n");
    for (Map.Entry<String, String> value : values.entrySet()) {
      ParameterType type = declared.get(value.getKey());
      if (type == null) {
        throw new ParameterException(
            "unknown parameter '"
                + value.getKey()
                + "'; the notebook declares: "
                + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
      }
      source
          .append("let ")
          .append(value.getKey())
          .append(" = ")
          .append(KqlLiterals.literal(value.getKey(), type, value.getValue()))
          .append(";\n");
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < notebook.cells().size(); i++) {
      Cell cell = notebook.cells().get(i);
      if (cell.hasTag(INJECTED_TAG)) {
        continue;
      }
      cells.add(cell);
      if (i == parameters.get()) {
        ObjectNode metadata = Json.object();
        ArrayNode tags = metadata.putArray("tags");
        tags.add(INJECTED_TAG);
        cells.add(CodeCell.of(notebook.newCellId(), source.toString(), metadata));
      }
    }
    return notebook.withCells(cells);
  }

  /** Parses {@code name=value} as given to {@code -p}. */
  public static Map.Entry<String, String> parseAssignment(String assignment)
      throws ParameterException {
    int equals = assignment.indexOf('=');
    if (equals <= 0) {
      throw new ParameterException(
          "a parameter is name=value (e.g. lookback=14d), got '" + assignment + "'");
    }
    String name = assignment.substring(0, equals).strip();
    if (!name.matches("[A-Za-z_][A-Za-z_0-9]*")) {
      throw new ParameterException("'" + name + "' is not a KQL name");
    }
    return Map.entry(name, assignment.substring(equals + 1));
  }

  /** The prelude of a whole notebook: parameters, injected values, definitions, in cell order. */
  public static Prelude prelude(Notebook notebook) {
    Prelude prelude = Prelude.EMPTY;
    for (Cell cell : notebook.cells()) {
      if (isPreludeCell(cell)) {
        prelude = prelude.with(cell.source()).prelude();
      }
    }
    return prelude;
  }

  private static Optional<Integer> parametersCell(Notebook notebook) {
    for (int i = 0; i < notebook.cells().size(); i++) {
      Cell cell = notebook.cells().get(i);
      if (cell instanceof CodeCell && cell.hasTag(PARAMETERS_TAG)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
