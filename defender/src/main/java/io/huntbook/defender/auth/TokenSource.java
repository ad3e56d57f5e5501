package io.huntbook.defender.auth;

/**
 * Gives access tokens for a scope ({@code https://graph.microsoft.com/.default}). Implementations
 * cache tokens and refresh them before they expire, so a caller may ask before every request.
 */
public interface TokenSource {

  /**
   * A token valid for the scope.
   *
   * @throws CredentialsException the identity platform refused the credentials (the message says
   *     what to check) or could not be reached
   */
  AccessToken token(String scope) throws CredentialsException, InterruptedException;
}
