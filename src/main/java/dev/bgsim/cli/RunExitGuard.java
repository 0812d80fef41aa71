package dev.bgsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps an unfinished {@code bgsim run} from exiting as if it had passed. Task code runs in
 * bgsim's own JVM until child-JVM hosts exist, so a task that calls {@code System.exit(0)} would
 * end the whole run with status 0 and no summary. While armed, a shutdown hook says what was
 * running and halts with status 1 instead.
 */
final class RunExitGuard implements AutoCloseable {
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicReference<String> running = new AtomicReference<>("before the first scenario");
    private final Thread hook;

    RunExitGuard(PrintWriter err) {
        this.hook = new Thread(() -> {
            if (!finished.get()) {
                err.println("bgsim run: the process is exiting before the run finished (" + running.get()
                        + "): task code called System.exit, or the process was interrupted; the run is incomplete");
                err.flush();
                Runtime.getRuntime().halt(RunCommand.EXIT_FAILED);
            }
        }, "bgsim-run-exit-guard");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Notes what is running, for the message. */
    void running(String what) {
        running.set(what);
    }

    @Override
    public void close() {
        finished.set(true);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting; the hook sees the run finished and lets it exit.
        }
    }
}
