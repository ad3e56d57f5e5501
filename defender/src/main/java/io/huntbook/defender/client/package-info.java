/**
 * The HTTP client for the hunting APIs: requests with bearer tokens through the process-wide
 * limiter, retries with backoff that honour {@code Retry-After}, responses streamed into a {@link
 * io.huntbook.engine.result.ResultTable}, and service errors turned into messages that say what to
 * do.
 */
package io.huntbook.defender.client;
