/**
 * KQL's lexer and hand-written recursive-descent parser. {@link
 * io.huntbook.kql.parser.KqlParser#parse(io.huntbook.kql.syntax.SourceText)} turns query text into
 * a {@link io.huntbook.kql.syntax.Script} plus syntax diagnostics and never throws on user input;
 * {@link io.huntbook.kql.parser.KqlPrinter} writes a tree back as KQL text.
 */
package io.huntbook.kql.parser;
