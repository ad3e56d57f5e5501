package io.huntbook.notebook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in headless Chromium with networking features off, as a reader would, and returns
 * the DOM it built; also takes a screenshot. Missing Chromium is a failure, never a skip.
 */
public final class Chromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** The rendered page's DOM; {@code screenshot} is written too. */
  public static String dumpDom(Path page, Path screenshot, Path scratch)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("the report test needs headless Chromium: apt-get install -y chromium");
    }
    Path profile = Files.createDirectories(scratch.resolve("chromium-profile"));
    Path dom = scratch.resolve("dom.html");
    Path log = scratch.resolve("chromium.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile,
                    "--screenshot=" + screenshot,
                    "--window-size=1280,2000",
                    "--dump-dom",
                    page.toUri().toString()))
            .redirectOutput(dom.toFile())
            .redirectError(log.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s: " + Files.readString(log));
    }
    String text = Files.readString(dom, StandardCharsets.UTF_8);
    assertThat(text).as("chromium output; log:%n%s", Files.readString(log)).contains("<body");
    return text;
  }
}
