package io.huntbook.kql.syntax;

/**
 * A node of the KQL syntax tree. Every node is an immutable record that knows its span in the
 * source. Records compare by value, so passes that attach information to nodes key their side
 * tables by identity ({@link java.util.IdentityHashMap}), never by equality.
 */
public sealed interface Node
    permits Script,
        Statement,
        Expr,
        Operator,
        Identifier,
        NamedExpr,
        SortKey,
        ColumnDecl,
        OptionAssign,
        ParsePart,
        FunctionParam,
        Rename,
        MvExpandItem,
        SeriesAggregate,
        TopNestedLevel,
        ScanDeclaration,
        ScanStep,
        JoinCondition {
  Span span();
}
