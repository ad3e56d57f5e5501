package io.huntbook.kql.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A tabular operator: the right-hand side of {@code |}. */
public sealed interface Operator extends Node {

  /** {@code where pred} and its synonym {@code filter}. */
  record Where(Expr predicate, Span span) implements Operator {
    public Where {
      Objects.requireNonNull(predicate);
    }
  }

  record Project(List<NamedExpr> columns, Span span) implements Operator {
    public Project {
      columns = List.copyOf(columns);
    }
  }

  /** {@code project-away a, b*}: names, possibly with {@code *} wildcards. */
  record ProjectAway(List<Identifier> columns, Span span) implements Operator {
    public ProjectAway {
      columns = List.copyOf(columns);
    }
  }

  /** {@code project-keep a, b*}. */
  record ProjectKeep(List<Identifier> columns, Span span) implements Operator {
    public ProjectKeep {
      columns = List.copyOf(columns);
    }
  }

  /** {@code project-rename new = old, …}. */
  record ProjectRename(List<Rename> renames, Span span) implements Operator {
    public ProjectRename {
      renames = List.copyOf(renames);
    }
  }

  /** {@code project-reorder a, b* asc}: the sort keys carry only a direction, if any. */
  record ProjectReorder(List<SortKey> columns, Span span) implements Operator {
    public ProjectReorder {
      columns = List.copyOf(columns);
    }
  }

  record Extend(List<NamedExpr> columns, Span span) implements Operator {
    public Extend {
      columns = List.copyOf(columns);
    }
  }

  /** {@code summarize [hints] aggregates [by keys]}. */
  record Summarize(
      List<OptionAssign> options, List<NamedExpr> aggregates, List<NamedExpr> by, Span span)
      implements Operator {
    public Summarize {
      options = List.copyOf(options);
      aggregates = List.copyOf(aggregates);
      by = List.copyOf(by);
    }
  }

  record Count(Span span) implements Operator {}

  /** {@code take n} and its synonym {@code limit n}. */
  record Take(Expr count, Span span) implements Operator {
    public Take {
      Objects.requireNonNull(count);
    }
  }

  /** {@code top n by key [asc|desc] [nulls first|last]}. */
  record Top(Expr count, List<SortKey> by, Span span) implements Operator {
    public Top {
      Objects.requireNonNull(count);
      by = List.copyOf(by);
    }
  }

  /** {@code sort by …} and {@code order by …}. */
  record Sort(List<SortKey> by, Span span) implements Operator {
    public Sort {
      by = List.copyOf(by);
    }
  }

  /** {@code distinct a, b} or {@code distinct *} (one {@link Expr.Star}). */
  record Distinct(List<Expr> columns, Span span) implements Operator {
    public Distinct {
      columns = List.copyOf(columns);
    }
  }

  /** {@code join kind=… hint.…=… (right) on …}. */
  record Join(List<OptionAssign> options, Expr right, List<JoinCondition> on, Span span)
      implements Operator {
    public Join {
      options = List.copyOf(options);
      Objects.requireNonNull(right);
      on = List.copyOf(on);
    }
  }

  /** {@code lookup kind=… (right) on …}. */
  record Lookup(List<OptionAssign> options, Expr right, List<JoinCondition> on, Span span)
      implements Operator {
    public Lookup {
      options = List.copyOf(options);
      Objects.requireNonNull(right);
      on = List.copyOf(on);
    }
  }

  /** {@code | union withsource=T kind=outer A, B}. */
  record Union(List<OptionAssign> options, List<Expr> tables, Span span) implements Operator {
    public Union {
      options = List.copyOf(options);
      tables = List.copyOf(tables);
    }
  }

  /** {@code mv-expand [bagexpansion=…] [with_itemindex=I] a [to typeof(t)], b … [limit n]}. */
  record MvExpand(
      List<OptionAssign> options, List<MvExpandItem> items, Optional<Expr> limit, Span span)
      implements Operator {
    public MvExpand {
      options = List.copyOf(options);
      items = List.copyOf(items);
      Objects.requireNonNull(limit);
    }
  }

  /**
   * {@code parse [kind=simple|regex|relaxed [flags=…]] source with parts} and {@code parse-where}.
   */
  record Parse(
      boolean where, List<OptionAssign> options, Expr source, List<ParsePart> parts, Span span)
      implements Operator {
    public Parse {
      options = List.copyOf(options);
      Objects.requireNonNull(source);
      parts = List.copyOf(parts);
    }
  }

  /** {@code parse-kv source as (k:type, …) with (pair_delimiter=…, kv_delimiter=…)}. */
  record ParseKv(Expr source, List<ColumnDecl> columns, List<OptionAssign> options, Span span)
      implements Operator {
    public ParseKv {
      Objects.requireNonNull(source);
      columns = List.copyOf(columns);
      options = List.copyOf(options);
    }
  }

  /** {@code render chart [with (prop = value, …)]}: kept as chart metadata on the result. */
  record Render(Identifier chart, List<OptionAssign> properties, Span span) implements Operator {
    public Render {
      Objects.requireNonNull(chart);
      properties = List.copyOf(properties);
    }
  }

  record GetSchema(Span span) implements Operator {}

  /** {@code serialize [a = expr, …]}. */
  record Serialize(List<NamedExpr> columns, Span span) implements Operator {
    public Serialize {
      columns = List.copyOf(columns);
    }
  }

  /** {@code as [hint.materialized=true] Name}. */
  record As(List<OptionAssign> options, Identifier name, Span span) implements Operator {
    public As {
      options = List.copyOf(options);
      Objects.requireNonNull(name);
    }
  }

  /** {@code invoke f(args)}: calls a tabular function with the input as its first argument. */
  record Invoke(Expr.Call call, Span span) implements Operator {
    public Invoke {
      Objects.requireNonNull(call);
    }
  }

  /** {@code evaluate [options] plugin(args)}. */
  record Evaluate(List<OptionAssign> options, Expr.Call plugin, Span span) implements Operator {
    public Evaluate {
      options = List.copyOf(options);
      Objects.requireNonNull(plugin);
    }
  }

  /** {@code sample n}. */
  record Sample(Expr count, Span span) implements Operator {
    public Sample {
      Objects.requireNonNull(count);
    }
  }

  /**
   * {@code make-series [kind=nonempty] aggregates on axis [from start] [to end] step step [by
   * keys]}; the form {@code on axis in range(start, end, step)} fills the same three bounds.
   */
  record MakeSeries(
      List<OptionAssign> options,
      List<SeriesAggregate> aggregates,
      Expr axis,
      Optional<Expr> from,
      Optional<Expr> to,
      Expr step,
      List<NamedExpr> by,
      Span span)
      implements Operator {
    public MakeSeries {
      options = List.copyOf(options);
      aggregates = List.copyOf(aggregates);
      Objects.requireNonNull(axis);
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
      Objects.requireNonNull(step);
      by = List.copyOf(by);
    }
  }

  /** {@code top-nested level, level, …}: each level ranks the groups within the one before. */
  record TopNested(List<TopNestedLevel> levels, Span span) implements Operator {
    public TopNested {
      levels = List.copyOf(levels);
    }
  }

  /**
   * {@code mv-apply [with_itemindex=I] x = expr [to typeof(t)], … [limit n] on (operators)}: the
   * operators run once per input row, over the rows its arrays expand to.
   */
  record MvApply(
      List<OptionAssign> options,
      List<MvExpandItem> items,
      Optional<Expr> limit,
      List<Operator> body,
      Span span)
      implements Operator {
    public MvApply {
      options = List.copyOf(options);
      items = List.copyOf(items);
      Objects.requireNonNull(limit);
      body = List.copyOf(body);
    }
  }

  /**
   * {@code search [kind=case_sensitive] predicate} over the piped table: a string term matches any
   * column holding it as a term ({@code "err*"} as a prefix, {@code "*err"} as a suffix, {@code
   * "*err*"} anywhere).
   */
  record Search(List<OptionAssign> options, Expr predicate, Span span) implements Operator {
    public Search {
      options = List.copyOf(options);
      Objects.requireNonNull(predicate);
    }
  }

  /**
   * {@code scan [with_match_id = Id] [declare (column: type [= default], …)] with (step …; …)}:
   * walks the rows in order, matching them to the steps.
   */
  record Scan(
      List<OptionAssign> options,
      List<ScanDeclaration> declarations,
      List<ScanStep> steps,
      Span span)
      implements Operator {
    public Scan {
      options = List.copyOf(options);
      declarations = List.copyOf(declarations);
      steps = List.copyOf(steps);
    }
  }

  /**
   * {@code top-hitters n of value [by summed]}: the n values seen most often (or with the largest
   * sum of {@code summed}).
   */
  record TopHitters(Expr count, Expr of, Optional<Expr> by, Span span) implements Operator {
    public TopHitters {
      Objects.requireNonNull(count);
      Objects.requireNonNull(of);
      Objects.requireNonNull(by);
    }
  }

  /**
   * {@code partition [hints] by column (operators)}: the operators run once for the rows of each
   * value of the column; the results are put together.
   */
  record Partition(List<OptionAssign> options, Expr by, List<Operator> body, Span span)
      implements Operator {
    public Partition {
      options = List.copyOf(options);
      Objects.requireNonNull(by);
      body = List.copyOf(body);
    }
  }

  /**
   * An operator Huntbook parses only far enough to skip (make-series, mv-apply, scan, top-nested,
   * partition, fork, facet, search, find, reduce, …). The parser consumed its text up to the next
   * {@code |} at the same nesting level; the binder reports it as not supported.
   */
  record Unsupported(Identifier keyword, Span span) implements Operator {
    public Unsupported {
      Objects.requireNonNull(keyword);
    }
  }
}
