package dev.bgsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The {@code bgsim} command: subcommands for headless work; no subcommand opens the GUI. */
@Command(name = "bgsim",
        mixinStandardHelpOptions = true,
        versionProvider = BgsimVersion.class,
        description = "Simulator and debugger for UWP-style background tasks.",
        subcommands = {CommandLine.HelpCommand.class, GuiCommand.class, InspectCommand.class, LintCommand.class,
                RunCommand.class, ExportCommand.class, BenchCommand.class})
public final class BgsimCommand implements Callable<Integer> {

    /** Exit code for bad input: a file that cannot be read, a wrong option. */
    public static final int EXIT_BAD_INPUT = 2;

    @Override
    public Integer call() {
        return dev.bgsim.ui.GuiLauncher.launch();
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new BgsimCommand());
        cmd.setParameterExceptionHandler(new OneLineParameterErrors());
        return cmd;
    }
}
