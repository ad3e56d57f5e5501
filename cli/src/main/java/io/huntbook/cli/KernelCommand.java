package io.huntbook.cli;

import io.huntbook.kernel.KernelMain;
import io.huntbook.kernel.KernelSpecInstaller;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code huntbook kernel install|run}: the Jupyter kernel for KQL cells. */
@Command(
    name = "kernel",
    description = "The Huntbook Jupyter kernel (KQL cells in JupyterLab and VS Code).",
    subcommands = {KernelCommand.Install.class, KernelCommand.Run.class})
final class KernelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Writes the kernelspec so Jupyter can start the kernel with this JDK and class path. */
  @Command(name = "install", description = "Install the kernelspec 'huntbook-kql'.")
  static final class Install implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true)
    Where where = new Where();

    static final class Where {
      @Option(names = "--user", description = "Into the user's Jupyter data directory (default).")
      boolean user;

      @Option(names = "--sys-prefix", description = "Into the active Python environment.")
      boolean sysPrefix;

      @Option(
          names = "--prefix",
          paramLabel = "DIR",
          description = "Into DIR/share/jupyter/kernels.")
      Path prefix;
    }

    @Override
    public Integer call() throws IOException {
      KernelSpecInstaller.Target target =
          where.prefix != null
              ? new KernelSpecInstaller.Target.Prefix(where.prefix)
              : where.sysPrefix
                  ? new KernelSpecInstaller.Target.SysPrefix()
                  : new KernelSpecInstaller.Target.User();
      Path installed =
          KernelSpecInstaller.forThisProcess()
              .install(target, KernelSpecInstaller.Launch.Java.current());
      spec.commandLine().getOut().println("Installed kernelspec huntbook-kql in " + installed);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  /** Serves a Jupyter connection file until the client shuts the kernel down. */
  @Command(name = "run", description = "Run the kernel for a Jupyter connection file.")
  static final class Run implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONNECTION_FILE")
    Path connectionFile;

    @Override
    public Integer call() {
      return KernelMain.run(new String[] {connectionFile.toString()}, System.err);
    }
  }
}
