package dev.bgsim.engine.app;

import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.sdk.SuspendingDeferral;
import dev.bgsim.sdk.SuspendingOperation;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The suspension in progress as {@code onSuspending} sees it. Deferrals are counted on the
 * engine thread; a second {@code complete()} of one deferral is harmless. Called on app threads.
 */
final class SuspendingOperationImpl implements SuspendingOperation {
    private final Instant deadline;
    private final EnginePort port;
    private final Runnable maybeDone;
    int outstanding;
    boolean returned;

    SuspendingOperationImpl(Instant deadline, EnginePort port, Runnable maybeDone) {
        this.deadline = deadline;
        this.port = port;
        this.maybeDone = maybeDone;
    }

    @Override
    public SuspendingDeferral getDeferral() {
        // Counted synchronously, so a deferral taken in onSuspending is known before it returns.
        port.call(() -> outstanding++);
        AtomicBoolean completed = new AtomicBoolean();
        return () -> {
            if (completed.compareAndSet(false, true)) {
                port.post(() -> {
                    outstanding--;
                    maybeDone.run();
                });
            }
        };
    }

    @Override
    public Instant getDeadline() {
        return deadline;
    }

    /** Engine thread only. onSuspending returned and every deferral completed. */
    boolean done() {
        return returned && outstanding == 0;
    }
}
