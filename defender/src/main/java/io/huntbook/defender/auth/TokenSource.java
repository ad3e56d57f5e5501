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

  /**
   * A new token for the scope after a service refused {@code refused} (401): not one from a cache,
   * since a cache would hand back the token just refused. Sources without a cache simply ask again.
   *
   * @throws CredentialsException as {@link #token(String)}
   */
  default AccessToken refresh(String scope, AccessToken refused)
      throws CredentialsException, InterruptedException {
    return token(scope);
  }
}
