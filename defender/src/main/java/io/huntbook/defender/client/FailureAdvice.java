package io.huntbook.defender.client;

import io.huntbook.defender.HuntingApi;
import io.huntbook.engine.QueryException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a refused request into a {@link QueryException} whose message says what to do: which
 * permission to add and consent to, which credential to renew, how to shrink a result. The
 * service's own message and request id are kept for support.
 */
public final class FailureAdvice {
  // "line [2,10]" (Kusto's parser) or "line 2:10" (Huntbook's own diagnostics).
  private static final Pattern POSITION =
      Pattern.compile(
          "line\\s*(?:\\[(\\d+),\\s*(\\d+)\\]|(\\d+):(\\d+))", Pattern.CASE_INSENSITIVE);

  private FailureAdvice() {}

  /** The exception for an HTTP error status other than 429 and 5xx (which are retried first). */
  public static QueryException forStatus(
      HuntingApi api, URI endpoint, int status, ServiceError error) {
    String service = serviceText(error);
    return switch (status) {
      case 401 ->
          new QueryException(
              DefenderErrorCodes.UNAUTHORIZED,
              api.shortName()
                  + " refused the access token (401): it has expired, the client secret or"
                  + " certificate behind it is no longer valid, or it was issued by another tenant"
                  + " or for another audience than "
                  + endpoint.getHost()
                  + " (check HUNTBOOK_TENANT_ID, --connection and --authority)."
                  + service);
      case 403 ->
          new QueryException(
              DefenderErrorCodes.FORBIDDEN,
              api.shortName()
                  + " needs the permission "
                  + api.applicationPermission()
                  + " (application) or "
                  + api.delegatedPermission()
                  + " (delegated): in Entra ID open the app registration → API permissions → Add a"
                  + " permission → "
                  + (api == HuntingApi.GRAPH
                      ? "Microsoft Graph"
                      : "APIs my organization uses → \"" + api.entraApiName() + "\"")
                  + " → add it, then press \"Grant admin consent\" (an administrator must)."
                  + " Run `huntbook connect test` to see what the token grants."
                  + service);
      case 404 ->
          new QueryException(
              DefenderErrorCodes.NOT_FOUND,
              "no hunting API at "
                  + endpoint
                  + " (404): check --endpoint; the path should end in "
                  + api.path()
                  + "."
                  + service);
      default -> {
        if (isResultSize(error.message())) {
          yield new QueryException(
              DefenderErrorCodes.RESULT_TOO_LARGE,
              "the result is larger than "
                  + api.shortName()
                  + " returns: use summarize to aggregate, project to keep only the columns you"
                  + " need, or take to limit the rows."
                  + service);
        }
        if (status == 400) {
          yield kqlError(error);
        }
        yield new QueryException(
            DefenderErrorCodes.QUERY_REJECTED,
            api.shortName() + " refused the request (HTTP " + status + ")." + service);
      }
    };
  }

  /**
   * A 400 about the query: the service's KQL message, with its line and column when it gives them.
   */
  private static QueryException kqlError(ServiceError error) {
    int line = 0;
    int column = 0;
    Matcher matcher = POSITION.matcher(error.message());
    if (matcher.find()) {
      line = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
      column = Integer.parseInt(matcher.group(2) != null ? matcher.group(2) : matcher.group(4));
    }
    String message = error.message().isBlank() ? "the service refused the query" : error.message();
    String code = error.code().isBlank() ? "" : " [" + error.code() + "]";
    return new QueryException(
        DefenderErrorCodes.QUERY_REJECTED,
        message + code + requestIdText(error),
        line,
        column,
        List.of());
  }

  static boolean isResultSize(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("result size") || lower.contains("allowed result size");
  }

  static String serviceText(ServiceError error) {
    if (error.message().isBlank() && error.code().isBlank()) {
      return requestIdText(error);
    }
    String code = error.code().isBlank() ? "" : error.code() + ": ";
    return " The service said: " + code + error.message() + requestIdText(error);
  }

  private static String requestIdText(ServiceError error) {
    return error.requestId().map(id -> " (request id " + id + ")").orElse("");
  }
}
