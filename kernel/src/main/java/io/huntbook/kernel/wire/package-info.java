/**
 * The Jupyter messaging protocol (version 5.3) on JeroMQ, apart from any language: the connection
 * file, the multipart wire format with identities and the {@code <IDS|MSG>} delimiter, HMAC-SHA256
 * signing with constant-time checks and replay protection, and the five sockets (shell, control,
 * stdin, iopub, heartbeat). Messages that fail a check are dropped and logged, never handled.
 */
package io.huntbook.kernel.wire;
