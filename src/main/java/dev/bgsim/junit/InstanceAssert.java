package dev.bgsim.junit;

import dev.bgsim.engine.EngineSnapshot.InstanceView;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.util.function.Supplier;

/**
 * Assertions on one task instance as it stood when {@link Simulator#instance} was called. Each
 * failure says what was expected, what the instance is, and the recent events.
 */
public final class InstanceAssert {
    private final String label;
    private final InstanceView view;
    private final Supplier<String> recentEvents;

    InstanceAssert(String label, InstanceView view, Supplier<String> recentEvents) {
        this.label = label;
        this.view = view;
        this.recentEvents = recentEvents;
    }

    /** Its state now. */
    public InstanceState state() {
        return view.state();
    }

    /** The cancellation reason it was given, or null. */
    public BackgroundTaskCancellationReason reason() {
        return view.cancelReason() == null ? null : BackgroundTaskCancellationReason.valueOf(view.cancelReason());
    }

    /** The last progress it reported. */
    public int progress() {
        return view.progress();
    }

    public InstanceAssert isIn(InstanceState expected) {
        return check(view.state() == expected, "state " + expected);
    }

    /** Started and not yet asked to stop: run() executing, or returned with a deferral open. */
    public InstanceAssert isRunning() {
        return check(view.state() == InstanceState.STARTING || view.state() == InstanceState.RUNNING
                || view.state() == InstanceState.RUN_RETURNED_DEFERRED, "running (run() executing, or returned with a deferral open)");
    }

    public InstanceAssert isCompleted() {
        return isIn(InstanceState.COMPLETED);
    }

    public InstanceAssert isTerminated() {
        return isIn(InstanceState.TERMINATED);
    }

    public InstanceAssert isFailed() {
        return isIn(InstanceState.FAILED);
    }

    /** Ended CANCELED with this reason. */
    public InstanceAssert isCanceledWith(BackgroundTaskCancellationReason expected) {
        return isIn(InstanceState.CANCELED).hasReason(expected);
    }

    /** Was given this cancellation reason (whatever its state). */
    public InstanceAssert hasReason(BackgroundTaskCancellationReason expected) {
        return check(expected.name().equals(view.cancelReason()), "cancellation reason " + expected);
    }

    public InstanceAssert hasProgress(int expected) {
        return check(view.progress() == expected, "progress " + expected);
    }

    public InstanceAssert hasSuspendedCount(int expected) {
        return check(view.suspendedCount() == expected, "suspended count " + expected);
    }

    private InstanceAssert check(boolean held, String expected) {
        if (!held) {
            throw new AssertionError(label + ": expected " + expected + ", but it is " + view.state()
                    + (view.cancelReason() == null ? "" : " (reason " + view.cancelReason() + ")")
                    + ", progress " + view.progress() + ", suspended " + view.suspendedCount() + "\n" + recentEvents.get());
        }
        return this;
    }
}
