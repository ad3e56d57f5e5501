package io.huntbook.notebook.exec;

import java.io.Console;
import java.io.PrintWriter;

/** Reports a notebook run as cells finish; quiet unless a terminal is attached. */
public interface Progress {

  /** Says nothing. */
  Progress QUIET =
      new Progress() {
        @Override
        public void started(int cells) {}

        @Override
        public void finished(int done, int cells, String cellName, CellResult.Status status) {}

        @Override
        public void ended() {}
      };

  void started(int cells);

  void finished(int done, int cells, String cellName, CellResult.Status status);

  void ended();

  /** A one-line progress display on the terminal, or {@link #QUIET} when there is none. */
  static Progress forTerminal() {
    Console console = System.console();
    return console == null ? QUIET : new Terminal(console.writer());
  }

  /** A progress line rewritten in place with a carriage return. */
  final class Terminal implements Progress {
    private final PrintWriter out;
    private int failures;

    public Terminal(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void started(int cells) {
      out.print("\rrunning " + cells + " cells…");
      out.flush();
    }

    @Override
    public synchronized void finished(
        int done, int cells, String cellName, CellResult.Status status) {
      if (status == CellResult.Status.ERROR) {
        failures++;
      }
      out.print(
          "\r["
              + done
              + "/"
              + cells
              + "] "
              + cellName
              + (failures > 0 ? " (" + failures + " failed)" : "")
              + "\u001b[K");
      out.flush();
    }

    @Override
    public synchronized void ended() {
      out.println();
      out.flush();
    }
  }
}
