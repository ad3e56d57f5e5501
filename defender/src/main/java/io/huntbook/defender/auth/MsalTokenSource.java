package io.huntbook.defender.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import java.net.MalformedURLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Tokens from Microsoft Entra ID through MSAL4J: client credentials (secret or certificate) for an
 * application, the device-code flow for a user. MSAL keeps tokens in its in-memory cache and
 * answers from it while a token is valid; for users it refreshes silently with the refresh token,
 * so the device code is shown once per process.
 */
public final class MsalTokenSource implements TokenSource {
  private final Credentials credentials;
  private final Optional<ConfidentialClientApplication> confidential;
  private final Optional<PublicClientApplication> publicClient;
  private final AuthorityOptions options;
  private final Set<String> secrets;

  private MsalTokenSource(
      Credentials credentials,
      Optional<ConfidentialClientApplication> confidential,
      Optional<PublicClientApplication> publicClient,
      AuthorityOptions options) {
    this.credentials = credentials;
    this.confidential = confidential;
    this.publicClient = publicClient;
    this.options = options;
    this.secrets =
        switch (credentials) {
          case ClientSecretCredentials secret -> Set.of(secret.secret().reveal());
          case CertificateCredentials certificate ->
              certificate.password().map(password -> Set.of(password.reveal())).orElse(Set.of());
          case DeviceCodeCredentials deviceCode -> Set.of();
        };
  }

  /** A token source for the credentials at the authority. */
  public static MsalTokenSource create(Credentials credentials, AuthorityOptions options)
      throws CredentialsException {
    String authority = options.authority().toString();
    try {
      return switch (credentials) {
        case ClientSecretCredentials secret ->
            confidential(
                credentials,
                ClientCredentialFactory.createFromSecret(secret.secret().reveal()),
                options);
        case CertificateCredentials certificate -> {
          ClientCertificate read =
              ClientCertificate.read(certificate.certificate(), certificate.password());
          yield confidential(
              credentials,
              ClientCredentialFactory.createFromCertificate(read.privateKey(), read.certificate()),
              options);
        }
        case DeviceCodeCredentials deviceCode -> {
          PublicClientApplication.Builder builder =
              PublicClientApplication.builder(deviceCode.clientId()).authority(authority);
          if (!options.wellKnown()) {
            builder.validateAuthority(false).instanceDiscovery(false);
          }
          options
              .trust()
              .ifPresent(context -> builder.sslSocketFactory(context.getSocketFactory()));
          yield new MsalTokenSource(
              credentials, Optional.empty(), Optional.of(builder.build()), options);
        }
      };
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new CredentialsException(
          "the authority " + authority + " is not usable: " + e.getMessage());
    }
  }

  private static MsalTokenSource confidential(
      Credentials credentials, IClientCredential credential, AuthorityOptions options)
      throws MalformedURLException {
    ConfidentialClientApplication.Builder builder =
        ConfidentialClientApplication.builder(credentials.clientId(), credential)
            .authority(options.authority().toString());
    if (!options.wellKnown()) {
      builder.validateAuthority(false).instanceDiscovery(false);
    }
    options.trust().ifPresent(context -> builder.sslSocketFactory(context.getSocketFactory()));
    return new MsalTokenSource(
        credentials, Optional.of(builder.build()), Optional.empty(), options);
  }

  @Override
  public AccessToken token(String scope) throws CredentialsException, InterruptedException {
    return acquire(scope, false);
  }

  /** A token from the identity platform itself, past MSAL's cache (which holds the refused one). */
  @Override
  public AccessToken refresh(String scope, AccessToken refused)
      throws CredentialsException, InterruptedException {
    return acquire(scope, true);
  }

  private AccessToken acquire(String scope, boolean fresh)
      throws CredentialsException, InterruptedException {
    IAuthenticationResult result;
    if (confidential.isPresent()) {
      // Otherwise MSAL answers from its cache while the token is valid and only then asks.
      result =
          await(
              confidential
                  .get()
                  .acquireToken(
                      ClientCredentialParameters.builder(Set.of(scope)).skipCache(fresh).build()),
              scope);
    } else {
      result = deviceCode(publicClient.orElseThrow(), scope, fresh);
    }
    return new AccessToken(Secret.of(result.accessToken()), result.expiresOnDate().toInstant());
  }

  private IAuthenticationResult deviceCode(
      PublicClientApplication application, String scope, boolean fresh)
      throws CredentialsException, InterruptedException {
    Set<IAccount> accounts = await(application.getAccounts(), scope);
    for (IAccount account : accounts) {
      try {
        return await(
            application.acquireTokenSilently(
                SilentParameters.builder(Set.of(scope), account).forceRefresh(fresh).build()),
            scope);
      } catch (CredentialsException | MalformedURLException expiredSession) {
        // The refresh token is gone or refused: sign in again below.
      }
    }
    return await(
        application.acquireToken(
            DeviceCodeFlowParameters.builder(
                    Set.of(scope), code -> options.deviceCodePrompt().accept(code.message()))
                .build()),
        scope);
  }

  private <T> T await(CompletableFuture<T> future, String scope)
      throws CredentialsException, InterruptedException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw TokenFailures.explain(e.getCause(), credentials, options.authority(), scope, secrets);
    }
  }
}
