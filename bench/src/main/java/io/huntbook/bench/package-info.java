/**
 * JMH benchmarks. Each reports a ratio against a baseline measured in the same process, so the
 * figures survive a change of machine; {@code bench/run} builds and runs them.
 */
package io.huntbook.bench;
