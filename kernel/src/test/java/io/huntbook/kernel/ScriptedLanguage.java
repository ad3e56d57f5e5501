package io.huntbook.kernel;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A small language for testing the kernel without KQL: {@code say X} writes X to stdout, {@code
 * show X} displays X, {@code value X} returns X, {@code fail X} fails with X, {@code sleep} waits
 * until interrupted. Completes the words {@code say show value fail sleep}.
 */
final class ScriptedLanguage implements KernelLanguage {
  private static final List<String> WORDS = List.of("say", "show", "value", "fail", "sleep");

  final CountDownLatch sleeping = new CountDownLatch(1);

  @Override
  public LanguageInfo info() {
    return new LanguageInfo(
        "scripted",
        "1",
        "text/x-scripted",
        ".scripted",
        "text",
        "text",
        "scripted-kernel",
        "0.1",
        "a scripted test language",
        List.of(new LanguageInfo.HelpLink("help", "https://example.org/help")));
  }

  @Override
  public Evaluation evaluate(String code, OutputSink outputs) throws InterruptedException {
    String[] words = code.split(" ", 2);
    String argument = words.length > 1 ? words[1] : "";
    return switch (words[0]) {
      case "say" -> {
        outputs.stream(OutputSink.StreamName.STDOUT, argument + "\n");
        yield Evaluation.Success.empty();
      }
      case "show" -> {
        outputs.display(MimeBundle.text(argument).with("text/html", "<b>" + argument + "</b>"));
        yield Evaluation.Success.empty();
      }
      case "value" -> Evaluation.Success.of(MimeBundle.text(argument));
      case "fail" ->
          new Evaluation.Failure("ScriptError", argument, List.of("failed: " + argument));
      case "sleep" -> {
        sleeping.countDown();
        Thread.sleep(60_000);
        yield Evaluation.Success.empty();
      }
      default -> new Evaluation.Failure("UnknownCommand", words[0], List.of());
    };
  }

  @Override
  public Completion complete(String code, int cursor) {
    int start = cursor;
    while (start > 0 && Character.isLetter(code.charAt(start - 1))) {
      start--;
    }
    String prefix = code.substring(start, cursor);
    return new Completion(WORDS.stream().filter(w -> w.startsWith(prefix)).toList(), start, cursor);
  }

  @Override
  public Inspection inspect(String code, int cursor, int detailLevel) {
    return code.contains("say")
        ? Inspection.of(MimeBundle.text("say X: writes X to stdout"))
        : Inspection.nothing();
  }

  @Override
  public Completeness isComplete(String code) {
    return code.endsWith("\\")
        ? new Completeness(Completeness.Status.INCOMPLETE, "  ")
        : Completeness.of(Completeness.Status.COMPLETE);
  }
}
