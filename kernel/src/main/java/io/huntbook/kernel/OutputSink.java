package io.huntbook.kernel;

/**
 * Where a running cell sends outputs that come before its result. Calls never block and never
 * throw, so an interrupted evaluation can still report.
 */
public interface OutputSink {
  /** Text on {@code stdout} or {@code stderr}. */
  void stream(StreamName name, String text);

  /** A {@code display_data} output. */
  void display(MimeBundle bundle);

  /** Clears the cell's outputs; with {@code wait}, only when the next output arrives. */
  void clearOutput(boolean wait);

  /** The two output streams of a cell. */
  enum StreamName {
    STDOUT("stdout"),
    STDERR("stderr");

    private final String wireName;

    StreamName(String wireName) {
      this.wireName = wireName;
    }

    /** The name in a {@code stream} message. */
    public String wireName() {
      return wireName;
    }
  }

  /** A sink that drops everything, for silent execution. */
  OutputSink NONE =
      new OutputSink() {
        @Override
        public void stream(StreamName name, String text) {}

        @Override
        public void display(MimeBundle bundle) {}

        @Override
        public void clearOutput(boolean wait) {}
      };
}
