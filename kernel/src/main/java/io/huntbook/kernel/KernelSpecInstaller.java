package io.huntbook.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.wire.Json;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Registers the KQL kernel with Jupyter: writes {@code huntbook-kql/kernel.json} into a kernels
 * directory: the user's ({@code --user}), the active Python environment's ({@code --sys-prefix}) or
 * one under a prefix ({@code --prefix DIR}), as {@code jupyter kernelspec install} would.
 */
public final class KernelSpecInstaller {
  /** The kernel's name in Jupyter ({@code jupyter console --kernel huntbook-kql}). */
  public static final String KERNEL_NAME = "huntbook-kql";

  /** The name front ends show in their kernel pickers. */
  public static final String DISPLAY_NAME = "KQL (Huntbook)";

  private final Map<String, String> environment;

  public KernelSpecInstaller(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** An installer that reads the process environment ({@code HOME}, {@code XDG_DATA_HOME}…). */
  public static KernelSpecInstaller forThisProcess() {
    return new KernelSpecInstaller(System.getenv());
  }

  /** Which kernels directory to install into. */
  public sealed interface Target {
    /** The user's Jupyter data directory. */
    record User() implements Target {}

    /** The active Python environment ({@code $VIRTUAL_ENV}, {@code $CONDA_PREFIX}, python3's). */
    record SysPrefix() implements Target {}

    /** {@code <prefix>/share/jupyter/kernels}. */
    record Prefix(Path prefix) implements Target {
      public Prefix {
        Objects.requireNonNull(prefix);
      }
    }
  }

  /** How Jupyter starts the kernel. */
  public sealed interface Launch {
    /** The kernel's command line, with Jupyter's {@code {connection_file}} placeholder. */
    List<String> argv();

    /**
     * A JDK's {@code java} with a class path.
     *
     * @param mainClass the entry point, {@link KernelMain} unless a test wires its own
     */
    record Java(Path java, String classPath, String mainClass) implements Launch {
      public Java {
        Objects.requireNonNull(java);
        Objects.requireNonNull(classPath);
        Objects.requireNonNull(mainClass);
      }

      public Java(Path java, String classPath) {
        this(java, classPath, KernelMain.class.getName());
      }

      /** The JDK and class path of this very process, made absolute. */
      public static Java current() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
          if (!entry.isEmpty()) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
          }
        }
        return new Java(
            Path.of(System.getProperty("java.home"), "bin", "java"),
            String.join(File.pathSeparator, entries));
      }

      @Override
      public List<String> argv() {
        return List.of(java.toString(), "-cp", classPath, mainClass, "{connection_file}");
      }
    }

    /** The {@code huntbook} launcher script: {@code huntbook kernel run <file>}. */
    record Launcher(Path huntbook) implements Launch {
      public Launcher {
        Objects.requireNonNull(huntbook);
      }

      @Override
      public List<String> argv() {
        return List.of(huntbook.toAbsolutePath().toString(), "kernel", "run", "{connection_file}");
      }
    }
  }

  /** Writes the kernelspec; returns its directory ({@code .../kernels/huntbook-kql}). */
  public Path install(Target target, Launch launch) throws IOException {
    Path directory = kernelsDirectory(target).resolve(KERNEL_NAME);
    Files.createDirectories(directory);
    Path file = directory.resolve("kernel.json");
    Files.writeString(
        file,
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec(launch)) + "\n",
        StandardCharsets.UTF_8);
    return directory;
  }

  /** The {@code kernel.json} of a launch. */
  public static ObjectNode spec(Launch launch) {
    ObjectNode spec = Json.object();
    ArrayNode argv = spec.putArray("argv");
    launch.argv().forEach(argv::add);
    spec.put("display_name", DISPLAY_NAME);
    spec.put("language", "kql");
    spec.put("interrupt_mode", "message");
    spec.putObject("metadata").put("debugger", false);
    return spec;
  }

  /** The kernels directory of a target. */
  public Path kernelsDirectory(Target target) throws IOException {
    return switch (target) {
      case Target.User user -> userDataDirectory().resolve("kernels");
      case Target.SysPrefix sysPrefix ->
          pythonPrefix().resolve("share").resolve("jupyter").resolve("kernels");
      case Target.Prefix prefix ->
          prefix.prefix().resolve("share").resolve("jupyter").resolve("kernels");
    };
  }

  /** Jupyter's per-user data directory on this operating system. */
  private Path userDataDirectory() throws IOException {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
    if (os.contains("win")) {
      String appData = environment.get("APPDATA");
      if (appData == null) {
        throw new IOException("APPDATA is not set: cannot find Jupyter's user directory");
      }
      return Path.of(appData, "jupyter");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Jupyter");
    }
    String xdg = environment.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "jupyter")
        : Path.of(home, ".local", "share", "jupyter");
  }

  private Path pythonPrefix() throws IOException {
    for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return Path.of(value);
      }
    }
    Optional<String> prefix = askPython();
    return Path.of(
        prefix.orElseThrow(
            () ->
                new IOException(
                    "no active Python environment (VIRTUAL_ENV, CONDA_PREFIX) and python3 did not"
                        + " answer; use --user or --prefix DIR")));
  }

  private static Optional<String> askPython() throws IOException {
    Process process;
    try {
      process =
          new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream output = process.getInputStream()) {
      String text = new String(output.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return Optional.empty();
      }
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking python3 for its prefix", e);
    }
  }
}
