package dev.bgsim.engine.host;

import dev.bgsim.engine.time.Lockstep;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Starts owner code under the lockstep baton: on a fresh thread in the owner's thread group
 * ({@link #newThread}), or by waking a parked thread ({@link #wake}). Engine thread only.
 */
public final class CodePieces {
    private final TaskThreads threads;
    private final Lockstep lockstep;
    private final EnginePort port;

    public CodePieces(TaskThreads threads, Lockstep lockstep, EnginePort port) {
        this.threads = threads;
        this.lockstep = lockstep;
        this.port = port;
    }

    public EnginePort port() {
        return port;
    }

    public TaskThreads threads() {
        return threads;
    }

    /**
     * Engine thread only. Queues {@code body} to run on a new thread of {@code owner} under the
     * baton. When it returns the piece ends; when it throws, the owner is told and the piece ends.
     */
    public void newThread(CodeOwner owner, String label, String threadName, ThrowingRunnable body, Runnable onReturn) {
        newThread(owner, label, threadName, null, body, onReturn);
    }

    /**
     * Engine thread only. As {@link #newThread(CodeOwner, String, String, ThrowingRunnable, Runnable)},
     * and {@code onHandOff} runs on the engine thread as the baton passes to the new thread, just
     * before it is woken. Why not let the new thread post it: that post would wake the engine
     * thread at the very moment the task thread should get the CPU, and on a busy machine the
     * two then take turns (the task's run() started milliseconds late).
     */
    public void newThread(CodeOwner owner, String label, String threadName, Runnable onHandOff,
                          ThrowingRunnable body, Runnable onReturn) {
        lockstep.enqueue(new Lockstep.Piece() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean isLive() {
                return owner.isLive();
            }

            @Override
            public void start(long pieceId) {
                if (onHandOff != null) {
                    onHandOff.run();
                }
                ThreadContext ctx = new ThreadContext(owner, pieceId);
                // A warm group hands the code to its spare thread (a wake, not a thread start).
                dev.bgsim.engine.threads.WarmThreadGroup.start(owner.threadGroup(), threadName,
                        () -> runBody(ctx, body, onReturn), t -> threads.register(t, ctx));
            }
        });
    }

    private void runBody(ThreadContext ctx, ThrowingRunnable body, Runnable onReturn) {
        Throwable failure = null;
        try {
            body.run();
        } catch (Throwable t) {
            failure = t;
        } finally {
            threads.unregister(Thread.currentThread());
        }
        Throwable f = failure;
        String name = Thread.currentThread().getName();
        port.post(() -> {
            lockstep.pieceDone(ctx.pieceId());
            if (!ctx.owner().isLive()) {
                return;
            }
            if (f != null && !(f instanceof OwnerTerminatedError)) {
                ctx.owner().codeFailed(f, name);
            } else if (f == null && onReturn != null) {
                onReturn.run();
            }
        });
    }

    /** Engine thread only. Queues a wake of a thread parked in TaskClock.sleep. */
    public void wake(ThreadContext ctx, String label) {
        Runnable enqueue = () -> lockstep.enqueue(new Lockstep.Piece() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean isLive() {
                return ctx.owner().isLive();
            }

            @Override
            public void start(long pieceId) {
                ctx.continueAs(pieceId);
                ctx.unpark();
            }
        });
        if (ctx.owner().isFrozen()) {
            ctx.owner().deferUntilResume(enqueue);
        } else {
            enqueue.run();
        }
    }

    /** Engine thread only. The thread running {@code ctx} parked: its piece ends. */
    public void parked(ThreadContext ctx) {
        lockstep.pieceDone(ctx.pieceId());
    }

    /** A body that may throw anything. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Stack trace as text, for events. */
    public static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
