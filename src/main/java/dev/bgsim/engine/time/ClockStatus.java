package dev.bgsim.engine.time;

import java.time.Instant;
import java.util.List;

/**
 * Why time is or is not skipping, machine-readable; {@link #explain()} gives the text the GUI
 * shows.
 *
 * @param now       current simulated time
 * @param mode      what the clock is doing
 * @param holds     the named holds (non-empty when mode is {@link ClockMode#HELD} or
 *                  {@link ClockMode#FLOWING} with holds)
 * @param speed     real-time speed factor
 * @param next      the next scheduled entry, or null
 */
public record ClockStatus(Instant now, ClockMode mode, List<Hold> holds, double speed, ScheduledItem next) {
    public ClockStatus {
        holds = List.copyOf(holds);
    }

    /** One line for people. */
    public String explain() {
        return switch (mode) {
            case PAUSED -> "paused";
            case SKIPPING -> next == null ? "skipping: nothing scheduled, idle"
                    : "skipping to " + next.due() + " (" + next.label() + ")";
            case SKIPPING_DISABLED -> "not skipping: time skipping is switched off; flowing at " + speed + "x";
            case IDLE_FLOWING -> "not skipping: no task is running (skip while tasks wait); flowing at " + speed + "x";
            case HELD -> "not skipping: " + String.join("; ", holds.stream().map(Hold::label).toList());
        };
    }
}
