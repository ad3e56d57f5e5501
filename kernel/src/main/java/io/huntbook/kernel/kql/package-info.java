/**
 * The KQL language of the kernel: cells run through a {@link io.huntbook.kernel.kql.KqlEvaluator},
 * completion and inspection come from the Defender schema and the row schema at the cursor's pipe
 * stage, and the completeness check reads brackets, strings and trailing pipes.
 */
package io.huntbook.kernel.kql;
