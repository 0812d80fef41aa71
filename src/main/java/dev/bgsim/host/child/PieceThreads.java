package dev.bgsim.host.child;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads the host runs pieces of task code on ({@code run()}, timer callbacks, canceled
 * listeners): a cache of idle daemon threads, so a fire does not pay for creating a thread
 * (measured: a new thread per fire doubled the fire-to-run tail on a loaded machine). Each piece
 * gets a clean thread: its name, context class loader and interrupt flag are set for it, and the
 * instance it works for is entered in {@link ThreadAttribution}. Threads a task starts itself
 * are the task's own, not from here.
 */
final class PieceThreads {
    private final AtomicLong created = new AtomicLong();
    // Anonymous classes rather than lambdas here and on the start path: the first lambda costs a
    // host tens of milliseconds of method-handle set-up (decision 0003, start-up).
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadFactory() {
                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "bgsim-piece-" + created.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });
    private final ThreadAttribution attribution;

    PieceThreads(ThreadAttribution attribution) {
        this.attribution = attribution;
    }

    /**
     * Runs {@code body} on an idle (or new) thread named {@code threadName}, working for
     * {@code instance}. {@code body} must catch what it wants reported; anything else escaping is
     * handed to the default uncaught-exception handler, as for any thread.
     */
    void start(String threadName, HostInstance instance, ClassLoader contextLoader, Runnable body) {
        pool.execute(new Runnable() {
            @Override
            public void run() {
                Thread self = Thread.currentThread();
                self.setName(threadName);
                self.setContextClassLoader(contextLoader);
                Thread.interrupted();
                attribution.enter(instance);
                try {
                    body.run();
                } catch (Throwable e) {
                    self.getUncaughtExceptionHandler().uncaughtException(self, e);
                } finally {
                    attribution.leave();
                    self.setName("bgsim-piece-idle");
                }
            }
        });
    }
}
