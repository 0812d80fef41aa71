package dev.bgsim.ui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;

/** What the GUI benchmarks share: starting JavaFX, running on its thread, waiting with a deadline. */
final class FxBench {
    private FxBench() {
    }

    /** Starts the JavaFX platform unless it runs already (a display, or Monocle headless). */
    static void startPlatform() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started before (by a test or an earlier benchmark in this JVM): use it.
        }
    }

    /** Runs {@code task} on the FX thread and waits for its result; never call it on the FX thread. */
    static <T> T onFx(Callable<T> task) {
        return dev.bgsim.ui.FxCalls.callAndWait("a GUI benchmark", java.time.Duration.ofMinutes(2), task);
    }

    /** Polls {@code condition} every 20 ms until it holds; fails naming {@code what} after {@code seconds}. */
    static void awaitTrue(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + seconds + " s waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
