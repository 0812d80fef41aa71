package dev.bgsim.engine.host;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** How task and app threads talk to the engine thread. */
public interface EnginePort {
    /** Any thread. Queues {@code work} as one unit of work on the engine thread. */
    void post(Runnable work);

    /** Any thread but the engine's. Runs {@code work} on the engine thread and returns its result. */
    default <T> T call(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        post(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
