package dev.bgsim.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of a bgsim command line with its output captured.
 *
 * @param exitCode the exit code
 * @param out      what went to standard output
 * @param err      what went to standard error
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code bgsim args...} as the real entry point does, with captured writers. */
    static CommandRun bgsim(String... args) {
        return run(BgsimCommand.newCommandLine(), args);
    }

    /** Runs an already built command line (e.g. a lint command with other checks). */
    static CommandRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
