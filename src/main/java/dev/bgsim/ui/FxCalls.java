package dev.bgsim.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Work done on the JavaFX thread for a caller on another thread that needs its result: off-screen
 * drawing (PNG export) and the GUI benchmarks. The GUI itself never waits like this.
 */
public final class FxCalls {
    private FxCalls() {
    }

    /**
     * Runs {@code task} on the FX thread and waits up to {@code deadline} for its result.
     *
     * @param what what the task is, for the messages ("the draw benchmark")
     * @throws IllegalStateException when called on the FX thread (it would wait for itself), when
     *                               the task failed, or when the FX thread did not answer in time
     */
    public static <T> T callAndWait(String what, Duration deadline, Callable<T> task) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException(what + " waits for the JavaFX thread; call it from another thread");
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
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " did not finish within " + deadline.toSeconds() + " s", e);
        }
    }
}
