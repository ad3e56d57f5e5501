package io.huntbook.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How running a cell ended. Outputs on the way are sent through an {@link OutputSink}. */
public sealed interface Evaluation {

  /** The cell ran; {@code result} becomes its {@code execute_result} when present. */
  record Success(Optional<MimeBundle> result) implements Evaluation {
    public Success {
      Objects.requireNonNull(result);
    }

    public static Success of(MimeBundle result) {
      return new Success(Optional.of(result));
    }

    public static Success empty() {
      return new Success(Optional.empty());
    }
  }

  /**
   * The cell failed: an {@code error} output and an error reply.
   *
   * @param errorName a stable name, e.g. a diagnostic code {@code KQL0102}
   * @param errorValue the message
   * @param traceback the lines a front end shows, e.g. the rendered diagnostic with a caret
   */
  record Failure(String errorName, String errorValue, List<String> traceback)
      implements Evaluation {
    public Failure {
      Objects.requireNonNull(errorName);
      Objects.requireNonNull(errorValue);
      traceback = List.copyOf(traceback);
    }
  }
}
