package dev.bgsim.ui.shell;

import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a view's refresh at most once per interval, and always once more after the last request:
 * a list or tree that is rebuilt on every pulse under a storm of events costs the FX thread far
 * more than the person looking at it gains (STYLE habit 6). A refresh also waits for the pulse's
 * turn ({@link PulseTurns}), so views refreshing at the same pace take different pulses. FX thread
 * only.
 */
public final class RefreshThrottle {
    private final Runnable refresh;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final PulseTurns turns;
    private final PauseTransition later = new PauseTransition();
    private long lastRun = Long.MIN_VALUE / 2;
    private boolean pending;

    public RefreshThrottle(Runnable refresh, Duration interval, PulseTurns turns) {
        this(refresh, interval, turns, System::nanoTime);
    }

    RefreshThrottle(Runnable refresh, Duration interval, PulseTurns turns, LongSupplier nanoTime) {
        this.refresh = refresh;
        this.intervalNanos = (long) (interval.toMillis() * 1_000_000);
        this.turns = turns;
        this.nanoTime = nanoTime;
        later.setOnFinished(e -> runNow());
    }

    /** Refreshes now if the last refresh is an interval old, else once when it is. */
    public void request() {
        if (pending) {
            return;
        }
        long wait = lastRun + intervalNanos - nanoTime.getAsLong();
        if (wait <= 0) {
            runNow();
        } else {
            runLater(wait / 1e6);
        }
    }

    private void runLater(double millis) {
        pending = true;
        later.setDuration(Duration.millis(Math.max(1, millis)));
        later.playFromStart();
    }

    private void runNow() {
        pending = false;
        if (!turns.tryTake()) {
            runLater(1);   // another view refreshes in this pulse: the next one
            return;
        }
        lastRun = nanoTime.getAsLong();
        refresh.run();
    }
}
