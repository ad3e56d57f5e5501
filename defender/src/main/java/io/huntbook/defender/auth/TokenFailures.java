package io.huntbook.defender.auth;

import com.microsoft.aad.msal4j.MsalServiceException;
import java.net.URI;
import java.util.Collection;

/**
 * Turns what MSAL reports into a message that says what to do. The identity platform's own text is
 * kept (it names the AADSTS code) after every known secret is scrubbed from it, and the cause is
 * not chained, so no printed stack trace can carry a secret either.
 */
final class TokenFailures {
  private TokenFailures() {}

  static CredentialsException explain(
      Throwable failure,
      Credentials credentials,
      URI authority,
      String scope,
      Collection<String> secrets) {
    String detail = scrub(String.valueOf(failure.getMessage()), secrets);
    String advice;
    if (failure instanceof MsalServiceException service) {
      String code = String.valueOf(service.errorCode());
      if (detail.contains("AADSTS7000222")) {
        advice =
            "the client secret has expired: create a new one under the app registration's"
                + " Certificates & secrets and set "
                + CredentialLoader.CLIENT_SECRET;
      } else if (detail.contains("AADSTS7000215") || code.equals("invalid_client")) {
        advice =
            "the client secret or certificate was refused (wrong, expired, or for another"
                + " application): check "
                + CredentialLoader.CLIENT_SECRET
                + " / "
                + CredentialLoader.CLIENT_CERTIFICATE
                + " and "
                + CredentialLoader.CLIENT_ID;
      } else if (detail.contains("AADSTS700016") || code.equals("unauthorized_client")) {
        advice =
            "application "
                + credentials.clientId()
                + " was not found in tenant "
                + credentials.tenantId()
                + ": check "
                + CredentialLoader.CLIENT_ID
                + " and "
                + CredentialLoader.TENANT_ID;
      } else if (detail.contains("AADSTS90002") || detail.contains("AADSTS900023")) {
        advice =
            "tenant "
                + credentials.tenantId()
                + " was not found: check "
                + CredentialLoader.TENANT_ID;
      } else if (detail.contains("AADSTS500011")
          || detail.contains("AADSTS70011")
          || code.equals("invalid_scope")
          || code.equals("invalid_resource")) {
        advice =
            "the scope "
                + scope
                + " was refused: the API is not known in this tenant or cloud; check --connection,"
                + " --authority and the cloud";
      } else if (code.equals("authorization_pending") || code.equals("expired_token")) {
        advice = "the device-code sign-in was not completed in time: run the command again";
      } else {
        advice = "the identity platform refused the token request (" + code + ")";
      }
    } else {
      advice =
          "could not get a token from "
              + authority
              + ": check the network, the --authority URL and, for a private endpoint, the trusted"
              + " certificate";
    }
    return new CredentialsException(advice + " [" + credentials.describe() + "]: " + detail);
  }

  static String scrub(String text, Collection<String> secrets) {
    String scrubbed = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        scrubbed = scrubbed.replace(secret, "[redacted]");
      }
    }
    return scrubbed;
  }
}
