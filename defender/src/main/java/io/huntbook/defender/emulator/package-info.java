/**
 * A local stand-in for Entra ID's token endpoint and the three Defender hunting APIs, served over
 * TLS on loopback with a certificate made at start. It answers in the services' JSON shapes and
 * error envelopes, checks its own signed tokens (audience, expiry, roles), limits calls, and
 * injects latency, throttling storms, server errors and timeouts on request, so clients and
 * notebooks can be exercised end to end without a tenant.
 */
package io.huntbook.defender.emulator;
