package io.huntbook.kernel;

import java.util.Objects;

/**
 * Whether code typed so far is ready to run, for consoles deciding between running and a new line.
 *
 * @param indent for {@link Status#INCOMPLETE}, what to put at the start of the next line
 */
public record Completeness(Status status, String indent) {
  public Completeness {
    Objects.requireNonNull(status);
    Objects.requireNonNull(indent);
  }

  public static Completeness of(Status status) {
    return new Completeness(status, "");
  }

  /** The answers {@code is_complete_reply} allows. */
  public enum Status {
    COMPLETE("complete"),
    INCOMPLETE("incomplete"),
    INVALID("invalid"),
    UNKNOWN("unknown");

    private final String wireName;

    Status(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }
}
