package dev.bgsim.engine.app;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.time.EntryKind;
import dev.bgsim.engine.time.Schedule;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.engine.time.SimClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The system side of suspension (SPEC 3.9; semantics reference 8.3): an app that enters the
 * background is suspended by the system once it has stayed there for the device profile's
 * {@link DeviceProfile#backgroundSuspendDelay()}, in simulated time, unless an in-process task
 * of the app runs; then the suspension is held and happens when the last in-process instance
 * ends. The delay is the profile's at the moment the app entered the background. Engine thread only.
 */
final class BackgroundSuspender {
    /** One app's pending system suspension. */
    private static final class Pending {
        final AppProcess process;
        final Duration delay;
        final String profileName;
        ScheduleEntry timer;
        boolean held;

        Pending(AppProcess process, Duration delay, String profileName) {
            this.process = process;
            this.delay = delay;
            this.profileName = profileName;
        }
    }

    private final SimClock clock;
    private final Schedule schedule;
    private final EventLog log;
    private final Supplier<DeviceProfile> profile;
    private final BiConsumer<String, String> systemSuspend;
    private final Map<String, Pending> pending = new HashMap<>();

    /** @param systemSuspend applies {@link AppAction#SYSTEM_SUSPEND} to a package, with the why of its event */
    BackgroundSuspender(SimClock clock, Schedule schedule, EventLog log, Supplier<DeviceProfile> profile,
                        BiConsumer<String, String> systemSuspend) {
        this.clock = clock;
        this.schedule = schedule;
        this.log = log;
        this.profile = profile;
        this.systemSuspend = systemSuspend;
    }

    /** Engine thread only. An app changed state: entering the background starts the delay, leaving it ends it. */
    void stateChanged(String pkg, AppProcess process, AppState from, AppState to) {
        if (to != AppState.RUNNING_IN_BACKGROUND) {
            forget(pkg);
        } else if (from != AppState.RUNNING_IN_BACKGROUND && process != null) {
            forget(pkg);
            profile.get().backgroundSuspendDelay().ifPresent(delay -> start(pkg, process, delay));
        }
    }

    /**
     * Engine thread only. An in-process instance of the app ended; a held suspension goes ahead
     * once none runs. It is checked again in a schedule entry at the same simulated instant, after
     * this unit of work: an instance that ended by outliving its grace period takes the app
     * process down right after, and such an app must not be suspended first.
     */
    void inProcessEnded(String pkg, AppProcess process, Instance ended) {
        Pending p = pending.get(pkg);
        if (p == null || p.process != process || !p.held || !process.inProcess.isEmpty()) {
            return;
        }
        String why = "the system: its last in-process task " + ended.shortName()
                + " ended and it has been in the background for over " + seconds(p.delay);
        process.track(schedule.add(clock.now(), EntryKind.SYSTEM_SUSPEND,
                "system suspend, " + process.label() + ": its last in-process task ended", () -> {
                    if (pending.get(pkg) == p && p.process.isLive() && p.process.inProcess.isEmpty()) {
                        pending.remove(pkg);
                        systemSuspend.accept(pkg, why);
                    }
                }));
    }

    private void start(String pkg, AppProcess process, Duration delay) {
        Pending p = new Pending(process, delay, profile.get().name());
        pending.put(pkg, p);
        p.timer = schedule.add(clock.now().plus(delay), EntryKind.SYSTEM_SUSPEND,
                "system suspend, " + process.label() + " in the background for " + seconds(delay), () -> delayPassed(pkg, p));
        process.track(p.timer);
    }

    private void delayPassed(String pkg, Pending p) {
        if (pending.get(pkg) != p || !p.process.isLive()) {
            return;
        }
        if (p.process.inProcess.isEmpty()) {
            pending.remove(pkg);
            systemSuspend.accept(pkg, "the system: in the background for " + seconds(p.delay)
                    + " (profile " + p.profileName + ")");
            return;
        }
        p.held = true;
        List<String> running = p.process.inProcess.stream().map(Instance::shortName).toList();
        log.emit(Subjects.ofPackage(pkg), new Events.AppSuspendHeld(running, "in the background for " + seconds(p.delay)
                + ", but the system does not suspend an app while its in-process tasks run; it suspends once "
                + (running.size() == 1 ? "it ends" : "they have ended")));
    }

    private void forget(String pkg) {
        Pending p = pending.remove(pkg);
        if (p != null && p.timer != null) {
            p.timer.cancel();
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }
}
