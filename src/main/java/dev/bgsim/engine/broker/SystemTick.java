package dev.bgsim.engine.broker;

import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.SimClock;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.TimeTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The 15-minute system tick of Time and Maintenance triggers (SPEC 3.4): a registration with
 * freshness F is due F minutes after it was registered, then every F minutes, and fires on the
 * first tick at or after that; missed ticks coalesce into one fire. The tick is scheduled only
 * while some registration is due. Engine thread only.
 */
final class SystemTick {
    /** The tick period. */
    static final Duration TICK = Duration.ofMinutes(15);

    private final SimClock clock;
    private final Schedule schedule;
    private final RegistrationTable registrations;
    private final Consumer<Registration> fire;
    private boolean armed;

    /** @param fire fires a due registration as the tick does (normal, source TICK) */
    SystemTick(SimClock clock, Schedule schedule, RegistrationTable registrations, Consumer<Registration> fire) {
        this.clock = clock;
        this.schedule = schedule;
        this.registrations = registrations;
        this.fire = fire;
    }

    /** A new registration: Time and Maintenance triggers become due after their freshness. */
    void registered(Registration reg) {
        if (reg.trigger instanceof TimeTrigger t) {
            reg.nextDue = clock.now().plus(Duration.ofMinutes(t.getFreshnessTime()));
            arm();
        } else if (reg.trigger instanceof MaintenanceTrigger m) {
            reg.nextDue = clock.now().plus(Duration.ofMinutes(m.getFreshnessTime()));
            arm();
        }
    }

    private void arm() {
        if (armed) {
            return;
        }
        armed = true;
        Duration sinceStart = Duration.between(clock.start(), clock.now());
        long ticks = sinceStart.toNanos() / TICK.toNanos() + 1;
        Instant next = clock.start().plus(TICK.multipliedBy(ticks));
        schedule.add(next, EntryKind.SYSTEM_TICK, "15-minute system tick", this::tick);
    }

    private void tick() {
        armed = false;
        boolean any = false;
        for (Registration reg : registrations.all()) {
            if (reg.nextDue == null || reg.consumed) {
                continue;
            }
            any = true;
            if (!reg.nextDue.isAfter(clock.now())) {
                int period = reg.trigger instanceof TimeTrigger t ? t.getFreshnessTime()
                        : ((MaintenanceTrigger) reg.trigger).getFreshnessTime();
                // Missed ticks coalesce: one fire, next due after now.
                while (!reg.nextDue.isAfter(clock.now())) {
                    reg.nextDue = reg.nextDue.plus(Duration.ofMinutes(period));
                }
                fire.accept(reg);
            }
        }
        if (any) {
            arm();
        }
    }
}
