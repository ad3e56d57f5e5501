package io.huntbook.kernel.kql;

import io.huntbook.kernel.Evaluation;
import io.huntbook.kernel.OutputSink;

/**
 * Runs a KQL cell (magics, parameters, the query) and reports its outputs: the seam between the
 * kernel and the notebook's cell executor, which the batch runner shares.
 */
@FunctionalInterface
public interface KqlEvaluator {
  /** Runs one cell; cancelled by interrupting the calling thread. */
  Evaluation evaluate(String cell, OutputSink outputs) throws InterruptedException;
}
