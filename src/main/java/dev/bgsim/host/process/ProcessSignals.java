package dev.bgsim.host.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SIGSTOP and SIGCONT for a process tree, through the {@code kill} command (the JDK has no API to
 * send them). Where there is no {@code kill} (Windows), {@link #available} is false and hosts fall
 * back to a cooperative pause. Stateless.
 */
public final class ProcessSignals {
    private static final String[] KILL_PATHS = {"/bin/kill", "/usr/bin/kill"};

    private ProcessSignals() {
    }

    /** Whether this machine can freeze processes with signals. */
    public static boolean available() {
        return killCommand() != null;
    }

    /** Freezes {@code process} and its descendants (SIGSTOP). */
    public static void stop(ProcessHandle process) throws IOException {
        signal("-STOP", process);
    }

    /** Thaws {@code process} and its descendants (SIGCONT). */
    public static void resume(ProcessHandle process) throws IOException {
        signal("-CONT", process);
    }

    /** Kills {@code process} with SIGKILL (for tests that play "killed from outside"). */
    public static void kill(ProcessHandle process) throws IOException {
        signal("-KILL", process);
    }

    private static void signal(String signal, ProcessHandle process) throws IOException {
        String kill = killCommand();
        if (kill == null) {
            throw new IOException("no kill command on this machine: cannot send " + signal.substring(1));
        }
        List<String> cmd = new ArrayList<>(List.of(kill, signal, "--"));
        // Descendants first, listed before the parent could reap or re-parent them.
        process.descendants().forEach(p -> cmd.add(Long.toString(p.pid())));
        cmd.add(Long.toString(process.pid()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("kill " + signal + " " + process.pid() + " did not finish within 5 s");
            }
            if (p.exitValue() != 0 && process.isAlive()) {
                throw new IOException("kill " + signal + " " + process.pid() + " failed: "
                        + new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending " + signal.substring(1), e);
        }
    }

    private static String killCommand() {
        if (JvmCommand.isWindows()) {
            return null;
        }
        for (String k : KILL_PATHS) {
            if (Files.isExecutable(Path.of(k))) {
                return k;
            }
        }
        return null;
    }
}
