package dev.bgsim.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Start-up timing, on request ({@code -Dbgsim.startup.trace=true}): prints milliseconds since the
 * JVM started at each step (FX start, window built, shown, first frame) to standard error, and with
 * {@code -Dbgsim.startup.exit=true} quits after the first frame, so a script can time start-ups.
 */
final class StartupTrace {
    static final String TRACE = "bgsim.startup.trace";
    static final String EXIT = "bgsim.startup.exit";

    private final boolean on;
    private final boolean exitAfterFirstFrame;
    private final PrintStream out;

    StartupTrace(boolean on, boolean exitAfterFirstFrame, PrintStream out) {
        this.on = on || exitAfterFirstFrame;
        this.exitAfterFirstFrame = exitAfterFirstFrame;
        this.out = out;
    }

    /** As the system properties ask. */
    static StartupTrace fromSystemProperties() {
        return new StartupTrace(Boolean.getBoolean(TRACE), Boolean.getBoolean(EXIT), System.err);
    }

    /** Prints a step with the time since the JVM started. */
    void mark(String step) {
        if (on) {
            // CPU time as well: on a shared, loaded machine the wall time says more about the neighbours.
            long cpuMs = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                    .getProcessCpuTime() / 1_000_000;
            long threadMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            out.printf(Locale.ROOT, "bgsim start-up: %6d ms (process CPU %6d ms, this thread %5d ms)  %s%n",
                    ManagementFactory.getRuntimeMXBean().getUptime(), cpuMs, threadMs, step);
        }
    }

    /**
     * FX thread, before {@code stage.show()}. At the first frame (the end of the first pulse after
     * the stage shows: CSS, layout, and the scene graph handed to the renderer) marks it, runs
     * {@code then}, and quits if asked to.
     */
    void watchFirstFrame(Stage stage, Runnable then) {
        stage.setOnShown(e -> {
            mark("stage shown");
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                mark("first frame laid out and handed to the renderer");
                then.run();
                if (exitAfterFirstFrame) {
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }
}
