package io.huntbook.cli;

import io.huntbook.engine.QueryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code huntbook} command. Every subcommand is a {@link Callable} that calls the library; this
 * class is the one place that maps exceptions to messages and exit codes.
 */
@Command(
    name = "huntbook",
    mixinStandardHelpOptions = true,
    version = "huntbook 0.1.0",
    description = "Guided threat-hunting notebooks for Microsoft Defender XDR.",
    subcommands = {
      HuntCommand.class,
      RunCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      CheckCommand.class,
      BatchCommand.class,
      EmulateCommand.class,
      ConnectCommand.class,
      KernelCommand.class,
      ImportCommand.class,
    })
public final class Main implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; {@code System.exit} only in {@link #main}. */
  public static int run(String... args) {
    return run(
        new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors going to the given writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    withHelp(commandLine);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(Main::handle);
    return commandLine.execute(args);
  }

  /** {@code -h/--help} (and {@code -V/--version}) on every subcommand, not only the top one. */
  private static void withHelp(CommandLine command) {
    for (CommandLine subcommand : command.getSubcommands().values()) {
      subcommand.getCommandSpec().mixinStandardHelpOptions(true);
      withHelp(subcommand);
    }
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return ExitCodes.OK;
  }

  private static int handle(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String command = commandLine.getCommandName();
    switch (exception) {
      case QueryException query -> {
        err.println(query.getMessage());
        err.flush();
        return ExitCodes.FINDINGS;
      }
      case io.huntbook.notebook.params.ParameterException parameter -> {
        err.println(command + ": " + parameter.getMessage());
        err.flush();
        return ExitCodes.USAGE;
      }
      case UserException user -> {
        err.println(command + ": " + user.getMessage());
        err.flush();
        return user.exitCode();
      }
      case IOException io -> err.println(command + ": " + describe(io));
      case UncheckedIOException io -> err.println(command + ": " + describe(io.getCause()));
      default -> {
        err.println(command + ": internal error: " + exception);
        if (System.getenv("HUNTBOOK_DEBUG") != null) {
          exception.printStackTrace(err);
        } else {
          err.println("(set HUNTBOOK_DEBUG=1 for the stack trace)");
        }
      }
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  private static String describe(IOException io) {
    return switch (io) {
      case java.nio.file.NoSuchFileException missing -> "no such file: " + missing.getFile();
      case java.nio.file.AccessDeniedException denied -> "permission denied: " + denied.getFile();
      default -> io.getMessage() == null ? io.toString() : io.getMessage();
    };
  }
}
