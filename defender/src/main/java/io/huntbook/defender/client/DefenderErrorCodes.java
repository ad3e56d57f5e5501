package io.huntbook.defender.client;

/**
 * The catalogue of codes a hunting backend puts in {@link io.huntbook.engine.QueryException#code()}
 * when the failure is not a KQL diagnostic of Huntbook's own.
 */
public final class DefenderErrorCodes {
  /** Credentials could not be read, or the identity platform refused them. */
  public static final String CREDENTIALS = "DEF001";

  /** The service could not be reached (DNS, connection, TLS). */
  public static final String UNREACHABLE = "DEF002";

  /** The service answered 200 with something that is not a hunting result. */
  public static final String MALFORMED_RESPONSE = "DEF003";

  /** The service refused the query (KQL syntax or semantic error, bad body). */
  public static final String QUERY_REJECTED = "DEF400";

  /** 401: the token was refused. */
  public static final String UNAUTHORIZED = "DEF401";

  /** 403: the token lacks the API's permission. */
  public static final String FORBIDDEN = "DEF403";

  /** 404: wrong endpoint URL. */
  public static final String NOT_FOUND = "DEF404";

  /** The result was larger than the service returns. */
  public static final String RESULT_TOO_LARGE = "DEF413";

  /** 429 persisted past every retry. */
  public static final String THROTTLED = "DEF429";

  /** 5xx persisted past every retry. */
  public static final String SERVER_ERROR = "DEF500";

  /** No answer within the request timeout, past every retry. */
  public static final String TIMEOUT = "DEF504";

  private DefenderErrorCodes() {}
}
