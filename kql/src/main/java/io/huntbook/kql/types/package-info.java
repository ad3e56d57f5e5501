/** KQL's scalar types. */
package io.huntbook.kql.types;
