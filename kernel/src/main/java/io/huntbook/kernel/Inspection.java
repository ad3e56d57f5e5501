package io.huntbook.kernel;

import java.util.Optional;

/** What is known about the name under a cursor: help text in one or more MIME types. */
public record Inspection(Optional<MimeBundle> found) {
  public Inspection {
    java.util.Objects.requireNonNull(found);
  }

  public static Inspection of(MimeBundle help) {
    return new Inspection(Optional.of(help));
  }

  public static Inspection nothing() {
    return new Inspection(Optional.empty());
  }
}
