/**
 * The built-in functions Huntbook's KQL front end knows: one table of scalar functions ({@link
 * io.huntbook.kql.functions.FunctionCatalog}) and one of aggregates ({@link
 * io.huntbook.kql.functions.AggregateCatalog}), each entry giving arity, the kind of each
 * parameter, a rule for the result type and the rule Kusto uses to name an unnamed result column.
 * The binder checks calls against these tables; the engine lowers exactly the functions listed
 * here.
 */
package io.huntbook.kql.functions;
