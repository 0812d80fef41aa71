package dev.bgsim.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps client work in submission order when some of it must first read files off the engine
 * thread (decision 0006). Work submitted while a read is pending is posted after that read's
 * result, never before; with nothing pending, work goes straight to the engine's queue. The
 * engine thread never waits for a read. Any thread.
 */
final class CommandGate {
    private final Consumer<Runnable> engineQueue;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    CommandGate(Consumer<Runnable> engineQueue) {
        this.engineQueue = engineQueue;
    }

    /** Posts {@code work} to the engine thread after everything submitted before it. */
    synchronized void post(Runnable work) {
        if (tail.isDone()) {
            engineQueue.accept(work);
        } else {
            tail = tail.thenRun(() -> engineQueue.accept(work));
        }
    }

    /**
     * Once everything submitted before has been posted, starts {@code read} (which must not run on
     * the engine thread); when it ends, posts {@code apply} with its result or its failure. Work
     * submitted meanwhile waits.
     */
    synchronized <T> void postAfter(Supplier<CompletableFuture<T>> read, BiConsumer<T, Throwable> apply) {
        tail = tail.thenCompose(ignored -> start(read))
                .handle((result, failure) -> {
                    engineQueue.accept(() -> apply.accept(result, failure));
                    return null;
                });
    }

    private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
