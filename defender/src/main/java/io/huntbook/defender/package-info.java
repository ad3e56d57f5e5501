/**
 * Backends that run KQL on Microsoft Defender XDR's hunting APIs (Graph {@code runHuntingQuery},
 * the Defender XDR and MDE advanced-hunting APIs) and the one way every part of Huntbook chooses a
 * backend: a {@link io.huntbook.defender.ConnectionSpec} opened by {@link
 * io.huntbook.defender.Backends}. Sub-packages hold authentication, the HTTP client, the
 * process-wide rate limiter and a local emulator of the services.
 */
package io.huntbook.defender;
