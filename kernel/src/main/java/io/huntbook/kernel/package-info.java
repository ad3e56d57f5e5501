/**
 * A Jupyter kernel that leaves only evaluation, completion, inspection and the completeness check
 * to a {@link io.huntbook.kernel.KernelLanguage}: {@link io.huntbook.kernel.BaseKernel} answers the
 * protocol (status, execution counts, history, interrupts, shutdown, stop-on-error), {@link
 * io.huntbook.kernel.KernelMain} starts the KQL kernel from a connection file, and {@link
 * io.huntbook.kernel.KernelSpecInstaller} registers it with Jupyter.
 */
package io.huntbook.kernel;
