package io.huntbook.defender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code huntbook connect test} found: where it connected, as whom, what the token grants,
 * whether the API's permission is among it, and whether {@code print 1} ran. {@link #problems()}
 * says what to fix; an empty list means the connection works.
 *
 * @param connection the connection name ({@code graph}, {@code local}, …)
 * @param cloud the cloud, empty for the local engine
 * @param endpoint the URL queries go to (or the workspace for local)
 * @param authority the sign-in authority with the tenant, empty for local
 * @param identity the credential flow and ids, never a secret
 * @param permissionNeeded the permission the API needs, empty for local
 * @param granted the roles or scopes the token carries
 * @param tokenExpires when the token expires
 * @param queryRan whether {@code print 1} came back with 1
 * @param problems what went wrong, each with what to do
 */
public record ConnectionReport(
    String connection,
    Optional<String> cloud,
    String endpoint,
    Optional<String> authority,
    Optional<String> identity,
    Optional<String> permissionNeeded,
    List<String> granted,
    Optional<Instant> tokenExpires,
    boolean queryRan,
    List<String> problems) {
  public ConnectionReport {
    Objects.requireNonNull(connection);
    Objects.requireNonNull(cloud);
    Objects.requireNonNull(endpoint);
    Objects.requireNonNull(authority);
    Objects.requireNonNull(identity);
    Objects.requireNonNull(permissionNeeded);
    granted = List.copyOf(granted);
    Objects.requireNonNull(tokenExpires);
    problems = List.copyOf(problems);
  }

  /** Whether everything checked out. */
  public boolean ok() {
    return problems.isEmpty() && queryRan;
  }

  /** The report as lines of text for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("connection:  " + connection);
    cloud.ifPresent(value -> lines.add("cloud:       " + value));
    lines.add("endpoint:    " + endpoint);
    authority.ifPresent(value -> lines.add("authority:   " + value));
    identity.ifPresent(value -> lines.add("identity:    " + value));
    permissionNeeded.ifPresent(
        value ->
            lines.add(
                "permission:  "
                    + value
                    + (granted.stream().anyMatch(value::equalsIgnoreCase)
                        ? " (granted)"
                        : " (MISSING)")));
    if (!granted.isEmpty()) {
      lines.add("token has:   " + String.join(", ", granted));
    }
    tokenExpires.ifPresent(value -> lines.add("token until: " + value));
    lines.add("print 1:     " + (queryRan ? "ok" : "failed"));
    for (String problem : problems) {
      lines.add("problem:     " + problem);
    }
    lines.add(ok() ? "result:      connection works" : "result:      connection does NOT work");
    return lines;
  }
}
