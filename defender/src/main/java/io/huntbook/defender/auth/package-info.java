/**
 * Authentication to Microsoft Entra ID for the hunting APIs: credentials read from the environment,
 * an owner-only config file or standard input (never from a command line), wrapped in {@link
 * io.huntbook.defender.auth.Secret} so they never print, and MSAL4J token sources that cache tokens
 * and refresh them silently.
 */
package io.huntbook.defender.auth;
