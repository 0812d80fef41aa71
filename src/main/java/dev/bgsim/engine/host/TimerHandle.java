package dev.bgsim.engine.host;

import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.sdk.TaskClock;

/**
 * A TaskClock timer as the task sees it; the engine keeps its schedule entry. Cancel from any
 * thread: the flag is seen at once, the entry is cancelled on the engine thread.
 */
public final class TimerHandle implements TaskClock.Timer {
    private final EnginePort port;
    private volatile boolean cancelled;
    private volatile boolean fired;
    private ScheduleEntry entry;

    public TimerHandle(EnginePort port) {
        this.port = port;
    }

    @Override
    public void cancel() {
        cancelled = true;
        port.post(() -> {
            if (entry != null) {
                entry.cancel();
            }
        });
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Still armed: not cancelled and (periodic or not yet fired). */
    public boolean isArmed() {
        return !cancelled && !fired;
    }

    void fired() {
        fired = true;
    }

    void armed(ScheduleEntry e) {
        entry = e;
    }
}
