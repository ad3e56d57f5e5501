/**
 * The demo tenant: a deterministic simulation of the domain {@code contoso.local} (about 150
 * devices, a few hundred accounts, two domain controllers) over fourteen days, with benign
 * background activity in every Advanced Hunting table and one LDAP-reconnaissance and Kerberoasting
 * attack whose rows are listed in a {@link io.huntbook.tenant.truth.GroundTruth}. Generation
 * streams rows into DuckDB appenders, so its size is limited by disk, not memory.
 */
package io.huntbook.tenant.demo;
