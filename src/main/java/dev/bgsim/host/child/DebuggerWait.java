package dev.bgsim.host.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * "Wait for debugger" done by the host instead of by the JDWP agent ({@code suspend=y}): an agent
 * that suspends the JVM keeps {@code main} from running, so the host never reads its stdin and
 * would outlive a bgsim killed with SIGKILL. Here the JVM starts (suspend=n), the reader and the
 * heartbeat run, and only task code waits: the first run() starts once a debugger is attached.
 * Attached means HotSpot's JDWP agent runs its "JDWP Command Reader" thread, which exists only
 * while a debugger is connected; agent threads are hidden from {@code Thread}, so the thread
 * names are read from {@code /proc/self/task/N/comm} (bgsim asks for this wait only where that
 * exists; elsewhere it falls back to suspend=y). System property: {@code bgsim.host.waitForDebugger}.
 * One per host process, owned by its {@link TaskRunner}.
 */
final class DebuggerWait {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final String COMMAND_READER = "JDWP Command Re"; // comm is cut at 15 characters
    private volatile boolean attachedOnce = !Boolean.getBoolean("bgsim.host.waitForDebugger");

    /** Blocks the calling task thread until a debugger has attached once (returns at once when not asked to wait). */
    void awaitFirstAttach() throws InterruptedException {
        while (!attachedOnce) {
            if (debuggerAttached()) {
                attachedOnce = true;
                return;
            }
            Thread.sleep(100);
        }
    }

    private static boolean debuggerAttached() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    if (new String(Files.readAllBytes(task.resolve("comm")), StandardCharsets.UTF_8).startsWith(COMMAND_READER)) {
                        return true;
                    }
                } catch (IOException ended) {
                    // That thread ended while we looked; go on with the others.
                }
            }
            return false;
        } catch (IOException e) {
            // No /proc after all: do not hold task code forever.
            return true;
        }
    }
}
