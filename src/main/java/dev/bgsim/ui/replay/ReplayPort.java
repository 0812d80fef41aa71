package dev.bgsim.ui.replay;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.port.AppAction;
import dev.bgsim.ui.port.HostAction;
import dev.bgsim.ui.port.Outcome;
import dev.bgsim.ui.port.ManualRegistration;
import dev.bgsim.ui.port.SimulatorPort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The {@link SimulatorPort} of a recording opened read-only: the recorded events are its event
 * stream, handed out as the replay moves forward ({@link #advanceTo}), and every command is
 * refused with words saying this is a recording. The GUI's session, read models and views work
 * on it unchanged, as on a live engine. Thread-safe.
 */
public final class ReplayPort implements SimulatorPort {
    private final ReplayCursor cursor;
    private final String refusal;
    private final List<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();

    /** A replay of {@code session} (of {@code file}) standing at its start. */
    public ReplayPort(RecordedSession session, Path file) {
        this.cursor = new ReplayCursor(session);
        this.refusal = readOnlyReason(file);
    }

    /** The words every live-only control and refused command shows. */
    public static String readOnlyReason(Path file) {
        return "This is a recording (" + file.getFileName() + "), opened read-only: it shows what happened and"
                + " cannot be changed. Use the scrubber to replay it; open its packages in a live session to try things.";
    }

    /** Any thread. Moves the replay forward to {@code t} and hands the events up to it to every subscriber. */
    public void advanceTo(Instant t) {
        List<EngineEvent> batch;
        synchronized (this) {
            batch = List.copyOf(cursor.advanceTo(t));
        }
        if (!batch.isEmpty()) {
            subscribers.forEach(s -> s.onEvents(batch));
        }
    }

    /** Any thread. Shows the very beginning of a replay that has shown nothing yet: only the engine's start. */
    public void showBeginning() {
        List<EngineEvent> batch;
        synchronized (this) {
            batch = List.copyOf(cursor.beginning());
        }
        if (!batch.isEmpty()) {
            subscribers.forEach(s -> s.onEvents(batch));
        }
    }

    /** The simulated instant the replay shows. */
    public synchronized Instant position() {
        return cursor.position();
    }

    public synchronized Instant start() {
        return cursor.start();
    }

    public synchronized Instant end() {
        return cursor.end();
    }

    /** The time of the next recorded event not shown yet, or null when all are. */
    public synchronized Instant nextEventTime() {
        return cursor.nextEventTime();
    }

    public synchronized boolean atEnd() {
        return cursor.atEnd();
    }

    /** Events shown so far, of {@link #eventCount()}. */
    public synchronized int shownCount() {
        return cursor.deliveredCount();
    }

    public synchronized int eventCount() {
        return cursor.eventCount();
    }

    /** History first (the events shown so far), then every later batch, as an engine subscription does. */
    @Override
    public Subscription subscribe(EventSubscriber subscriber) {
        List<EngineEvent> history;
        synchronized (this) {
            history = List.copyOf(cursor.deliveredSoFar());
            subscribers.add(subscriber);
        }
        if (!history.isEmpty()) {
            subscriber.onEvents(history);
        }
        return new Subscription() {
            @Override
            public int backlog() {
                return 0;
            }

            @Override
            public void close() {
                subscribers.remove(subscriber);
            }
        };
    }

    /**
     * No clock status: a recording has no running clock. The replay window moves the shown time
     * itself, and the recorded clock-mode events say what the live clock did.
     */
    @Override
    public CompletableFuture<ClockStatus> clockStatus() {
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Outcome> refuse() {
        return CompletableFuture.completedFuture(Outcome.refused(refusal));
    }

    @Override
    public CompletableFuture<Outcome> pause(boolean paused) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> step() {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> setSpeed(double speed) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> setTimeSkipping(boolean on) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> changeDevice(UnaryOperator<DeviceState> change) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> setProfile(String profileName) {
        return refuse();
    }

    @Override
    public List<String> profileNames() {
        return List.of();
    }

    @Override
    public CompletableFuture<Outcome> setAccess(String packageName, AccessSetting setting) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> openPackage(Path file) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> reloadPackage(String packageName) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> pressAppButton(String packageName, String command) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> fire(UUID registrationId, boolean forced, String arguments) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> unregister(UUID registrationId, boolean cancelTask) {
        return refuse();
    }

    @Override
    public CompletableFuture<List<String>> declaredTasks(String packageName) {
        // A recording holds no packages to register from: nothing is offered.
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Outcome> register(ManualRegistration registration) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> cancel(UUID instanceId, BackgroundTaskCancellationReason reason) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> terminate(UUID instanceId) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> hostAction(String hostId, HostAction action) {
        return refuse();
    }

    @Override
    public CompletableFuture<Outcome> appAction(String packageName, AppAction action) {
        return refuse();
    }

    @Override
    public void close() {
        subscribers.clear();
    }
}
