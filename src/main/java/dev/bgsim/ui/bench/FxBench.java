package dev.bgsim.ui.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a benchmark waits for the FX thread; call it from another thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the FX thread failed or did not answer: " + e.getMessage(), e);
        }
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
