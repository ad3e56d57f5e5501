package io.huntbook.kernel;

/**
 * What a language gives a {@link BaseKernel}: everything else of the protocol is the kernel's.
 * Positions are UTF-16 indices into the code (Java string indices).
 */
public interface KernelLanguage {
  LanguageInfo info();

  /**
   * Runs a cell. Cancelled by interrupting the calling thread: implementations let {@link
   * InterruptedException} through (or return a failure saying the cell was interrupted).
   */
  Evaluation evaluate(String code, OutputSink outputs) throws InterruptedException;

  Completion complete(String code, int cursor);

  /**
   * Help about what is at the cursor.
   *
   * @param detailLevel 0 for a summary, 1 for more
   */
  Inspection inspect(String code, int cursor, int detailLevel);

  Completeness isComplete(String code);
}
