package io.huntbook.kernel.kql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of KQL the editor offers besides tables, columns and functions: the tabular operators
 * after a pipe (with a one-line description for inspection), the words that start a query, and the
 * keywords used inside an operator.
 */
final class KqlVocabularyCatalog {
  private KqlVocabularyCatalog() {}

  private static final Map<String, String> OPERATORS = new LinkedHashMap<>();

  static {
    operator("as", "Binds a name to the operator's input tabular expression.");
    operator("count", "Returns the number of records in the input record set.");
    operator("distinct", "Produces a table with the distinct combination of the provided columns.");
    operator("evaluate", "Invokes a service-side query extension (plugin).");
    operator("extend", "Creates calculated columns and appends them to the result set.");
    operator("facet", "Returns a set of tables, one for each specified column.");
    operator("getschema", "Produces a table that represents a tabular schema of the input.");
    operator("invoke", "Invokes a lambda expression that receives the source of invoke.");
    operator("join", "Merges the rows of two tables by matching values of the specified columns.");
    operator("limit", "Returns up to the specified number of rows.");
    operator("lookup", "Extends a fact table with values looked up in a dimension table.");
    operator("make-series", "Creates series of specified aggregated values along an axis.");
    operator("mv-apply", "Applies a subquery to each record and returns the union of the results.");
    operator("mv-expand", "Expands a multi-value dynamic array or property bag into rows.");
    operator("order", "Sorts the rows of the input table by one or more columns.");
    operator("parse", "Evaluates a string expression and parses its value into columns.");
    operator("parse-where", "Like parse, and drops the rows whose string does not match.");
    operator("project", "Selects the columns to include, rename or drop, and inserts new ones.");
    operator("project-away", "Selects what columns from the input to exclude from the output.");
    operator("project-keep", "Selects what columns from the input to keep in the output.");
    operator("project-rename", "Renames columns in the output table.");
    operator("project-reorder", "Reorders columns in the output table.");
    operator("render", "Instructs the user agent to render a visualization of the results.");
    operator("sample", "Returns up to the specified number of random rows from the input.");
    operator("sample-distinct", "Returns up to the specified number of distinct values.");
    operator("search", "Searches a text pattern in multiple tables and columns.");
    operator("serialize", "Marks that the order of the input row set is safe to use.");
    operator("sort", "Sorts the rows of the input table by one or more columns.");
    operator("summarize", "Produces a table that aggregates the content of the input table.");
    operator("take", "Returns up to the specified number of rows.");
    operator("top", "Returns the first N records sorted by the specified columns.");
    operator("top-hitters", "Returns an approximation for the most popular distinct values.");
    operator("top-nested", "Produces a hierarchical aggregation and top values selection.");
    operator("union", "Takes two or more tables and returns the rows of all of them.");
    operator("where", "Filters a table to the subset of rows that satisfy a predicate.");
  }

  /** Words that can start a query statement, besides table names. */
  static final List<String> STATEMENT_STARTS =
      List.of("let", "print", "datatable", "range", "union", "materialize", "set");

  /** Keywords used inside operators and expressions. */
  static final List<String> KEYWORDS =
      List.of(
          "and",
          "or",
          "not",
          "by",
          "on",
          "kind",
          "with",
          "asc",
          "desc",
          "nulls",
          "first",
          "last",
          "between",
          "in",
          "in~",
          "!in",
          "has",
          "!has",
          "has_any",
          "has_all",
          "has_cs",
          "hasprefix",
          "hassuffix",
          "contains",
          "!contains",
          "contains_cs",
          "startswith",
          "!startswith",
          "endswith",
          "!endswith",
          "matches",
          "regex",
          "like",
          "true",
          "false",
          "inner",
          "innerunique",
          "leftouter",
          "rightouter",
          "fullouter",
          "leftanti",
          "rightanti",
          "leftsemi",
          "rightsemi",
          "typeof",
          "dynamic",
          "datetime",
          "timespan",
          "bool",
          "int",
          "long",
          "real",
          "string",
          "guid",
          "decimal");

  private static void operator(String name, String description) {
    OPERATORS.put(name, description);
  }

  /** The tabular operators that can follow a pipe. */
  static List<String> operators() {
    return List.copyOf(OPERATORS.keySet());
  }

  /** What a tabular operator does, in one line. */
  static Optional<String> describeOperator(String name) {
    return Optional.ofNullable(OPERATORS.get(name));
  }
}
