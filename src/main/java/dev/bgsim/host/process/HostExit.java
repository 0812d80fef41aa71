package dev.bgsim.host.process;

import java.util.List;

/**
 * How a host ended, for the engine's event and the user: the cause, a sentence that explains it,
 * the exit code, the caller of {@code System.exit} if a task called it, and the last lines of the
 * JVM's real stderr.
 *
 * @param exitCode   the process exit code (128 + signal number for a signal death)
 * @param exitCaller the stack of the thread that called {@code System.exit}, or null
 * @param stderrTail the last lines the JVM wrote to its real stderr (not task output)
 */
public record HostExit(HostEndCause cause, String reason, int exitCode, String exitCaller, List<String> stderrTail) {
    public HostExit {
        stderrTail = List.copyOf(stderrTail);
    }

    /** The reason with the stderr tail appended, for logs and failure messages. */
    public String describe() {
        StringBuilder b = new StringBuilder(cause + ": " + reason + " (exit code " + exitCode + ")");
        if (!stderrTail.isEmpty()) {
            b.append("; last stderr lines:");
            stderrTail.forEach(l -> b.append("\n  ").append(l));
        }
        return b.toString();
    }
}
