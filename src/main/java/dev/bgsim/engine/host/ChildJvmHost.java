package dev.bgsim.engine.host;

import dev.bgsim.host.process.HostExit;
import dev.bgsim.host.process.HostListener;
import dev.bgsim.host.process.HostOptions;
import dev.bgsim.host.process.HostProcess;
import dev.bgsim.host.process.ProcessSignals;
import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.TriggerDetailsCodec;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A task host that is a real child JVM (SPEC 3.8): the engine's {@link Host} over a
 * {@link HostProcess}. Commands (start, cancel, wake, fire, suspend, kill) become frames and never
 * block; what the host sends is decoded and handed to {@link ChildHostEvents} on the engine thread.
 * Engine thread only, except the listener methods, which run on the host's threads and only post.
 */
public final class ChildJvmHost implements Host {
    private final String id;
    private final String placement;
    private final EnginePort port;
    private final ChildHostEvents events;
    private final HostProcess process;
    private final ThreadGroup noThreads;
    private final Set<UUID> instances = new LinkedHashSet<>();
    private final Map<UUID, Integer> suspendedCounts = new java.util.HashMap<>();
    private boolean suspended;
    private boolean dead;
    /** Heap in use at the last HostHeapSampled, -1 before the first. Engine thread only. */
    private long lastHeapSample;
    private UUID exitingInstance;
    /** The key its process is pooled under (host id and code jars); set by {@link ChildHosts}. */
    String poolKey;

    /** Starts the host process: {@code starter} is a launcher or a pool, given this host's listener. */
    public ChildJvmHost(String id, String placement, EnginePort port, ChildHostEvents events, HostStarter starter)
            throws IOException {
        this.id = id;
        this.placement = placement;
        this.port = port;
        this.events = events;
        this.noThreads = new ThreadGroup("bgsim-child-host-" + id);
        this.process = starter.start(new Relay());
        // A warm host from the pool has beaten before: samples continue from its heap, not from nothing.
        dev.bgsim.host.process.HostVitals before = process.vitals();
        this.lastHeapSample = before == null ? -1 : before.heapUsed();
    }

    /** How a {@link ChildJvmHost} gets its process: a {@code HostLauncher.start} or a {@code HostPool.acquire}. */
    @FunctionalInterface
    public interface HostStarter {
        HostProcess start(HostListener listener) throws IOException;

        /** A starter over a launcher with fixed options. */
        static HostStarter of(dev.bgsim.host.process.HostLauncher launcher, HostOptions options) {
            return listener -> launcher.start(options, listener);
        }
    }

    // ---------------------------------------------------------------- Host

    @Override
    public String id() {
        return id;
    }

    @Override
    public String kind() {
        return "CHILD_JVM";
    }

    @Override
    public String placement() {
        return placement;
    }

    @Override
    public HostCapabilities capabilities() {
        return new HostCapabilities(true, ProcessSignals.available(), true);
    }

    /** A child host runs no threads in bgsim's JVM: an empty group, for callers that list threads. */
    @Override
    public ThreadGroup threadGroup() {
        return noThreads;
    }

    @Override
    public EnginePort port() {
        return port;
    }

    @Override
    public Set<UUID> instances() {
        return Set.copyOf(instances);
    }

    @Override
    public void attach(UUID instance) {
        instances.add(instance);
    }

    @Override
    public void detach(UUID instance) {
        instances.remove(instance);
    }

    @Override
    public boolean isSuspended() {
        return suspended;
    }

    /**
     * Freezes (SIGSTOP, or a cooperative pause where there are no signals) or thaws the process;
     * on thaw each attached instance's {@code getSuspendedCount()} goes up by one.
     */
    @Override
    public void setSuspended(boolean value) {
        if (value == suspended || dead) {
            return;
        }
        try {
            if (value) {
                process.freeze();
            } else {
                process.thaw();
                for (UUID instance : instances) {
                    int count = suspendedCounts.merge(instance, 1, Integer::sum);
                    process.send(Message.of(MessageType.SUSPENDED_COUNT).with(Field.INSTANCE_ID, instance.toString())
                            .with(Field.COUNT, count).build());
                }
            }
            suspended = value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + (value ? "suspend" : "resume") + " host " + id, e);
        }
    }

    @Override
    public boolean isDead() {
        return dead || retiring;
    }

    private boolean retiring;

    /**
     * Engine thread. The host is idle and on its way back to the pool (frames of its ended
     * instances still drain): no new instance is placed in it, it still hears its process.
     */
    public void retire() {
        retiring = true;
    }

    /** The host is terminated: its process tree is killed (its exit still reaches {@link ChildHostEvents#hostExited}). */
    @Override
    public void markDead() {
        if (!dead) {
            dead = true;
            process.kill("host " + id + " terminated by bgsim");
        }
    }

    // ---------------------------------------------------------------- commands

    /** The instance whose thread called System.exit in this host, or null. Engine thread. */
    public UUID exitingInstance() {
        return exitingInstance;
    }

    /**
     * The engine lets the process go without ending it (given back to a pool while warm): from
     * now on this host is dead to the engine and hears nothing from the process.
     */
    public void detachProcess() {
        dead = true;
        instances.clear();
    }

    /** The process, for its pid, debug port, vitals and exit report. */
    public HostProcess process() {
        return process;
    }

    /** Starts an instance: the host loads the package's jars in its own class loader and calls run(). */
    public void startInstance(StartRequest r) {
        send(Message.of(MessageType.START_INSTANCE).with(Field.INSTANCE_ID, r.instance().toString())
                .with(Field.TASK_ID, r.taskId().toString()).with(Field.TASK_NAME, r.taskName())
                .with(Field.PACKAGE_ID, r.packageId()).with(Field.ENTRY_POINT, r.entryPoint())
                .with(Field.CODE_JARS, r.codeJars().stream().map(Path::toString).toList())
                .with(Field.DETAILS_KIND, TriggerDetailsCodec.kindOf(r.triggerDetails()))
                .withOptional(Field.DETAILS, TriggerDetailsCodec.toWire(r.triggerDetails()))
                .with(Field.SETTINGS, r.settings()).with(Field.STATUS, r.status().toWire())
                .with(Field.SIM_NANOS, epochNanos(r.now())).with(Field.RATE, r.rate())
                .withOptional(Field.APP_ACTIVATION, r.appActivation() ? Boolean.TRUE : null).build());
    }

    /**
     * What {@link #startInstance} needs.
     *
     * @param settings the package's local settings now (JSON values)
     * @param rate     simulated seconds per real second while the task runs (0 while time stands still)
     * @param appActivation an in-process activation of an isolated app: {@code entryPoint} is the
     *                 package's App class and its onBackgroundActivated runs instead of run()
     */
    public record StartRequest(UUID instance, UUID taskId, String taskName, String packageId, String entryPoint,
            List<Path> codeJars, Object triggerDetails, Map<String, Object> settings, DeviceStatusSnapshot status,
            Instant now, double rate, boolean appActivation) {
        /** A task's run(): {@code entryPoint} is its BackgroundTask class. */
        public StartRequest(UUID instance, UUID taskId, String taskName, String packageId, String entryPoint,
                List<Path> codeJars, Object triggerDetails, Map<String, Object> settings, DeviceStatusSnapshot status,
                Instant now, double rate) {
            this(instance, taskId, taskName, packageId, entryPoint, codeJars, triggerDetails, settings, status, now, rate,
                    false);
        }
    }

    /** Raises the instance's canceled listeners (on a host thread other than run()'s). */
    public void cancel(UUID instance, BackgroundTaskCancellationReason reason) {
        send(Message.of(MessageType.CANCEL).with(Field.INSTANCE_ID, instance.toString()).with(Field.REASON, reason.name()).build());
    }

    /** Ends a TaskClock sleep announced by {@link ChildHostEvents#sleepRequested}. */
    public void wake(UUID instance, long sleepId, Instant now) {
        send(Message.of(MessageType.WAKE).with(Field.INSTANCE_ID, instance.toString()).with(Field.SLEEP_ID, sleepId)
                .with(Field.SIM_NANOS, epochNanos(now)).build());
    }

    /** Runs a timer's callback (announced by {@link ChildHostEvents#timerCreated}). */
    public void fireTimer(UUID instance, long timerId, Instant now) {
        send(Message.of(MessageType.TIMER_FIRE).with(Field.INSTANCE_ID, instance.toString()).with(Field.TIMER_ID, timerId)
                .with(Field.SIM_NANOS, epochNanos(now)).build());
    }

    /** The simulated clock and its rate, so TaskClock.now() in the host needs no round trip. */
    public void clock(Instant now, double rate) {
        send(Message.of(MessageType.CLOCK).with(Field.SIM_NANOS, epochNanos(now)).with(Field.RATE, rate).build());
    }

    /** A new device status for SystemStatus. */
    public void status(DeviceStatusSnapshot status) {
        send(Message.of(MessageType.STATUS_UPDATE).with(Field.STATUS, status.toWire()).build());
    }

    /** A local setting of {@code packageId} changed elsewhere (the app, another host). */
    public void settingChanged(String packageId, String key, Object value, boolean removed) {
        send(Message.of(MessageType.SETTINGS_CHANGED).with(Field.PACKAGE_ID, packageId).with(Field.KEY, key)
                .with(Field.REMOVED, removed).withOptional(Field.VALUE, removed ? null : value).build());
    }

    /** Lets the host go: it exits (SHUTDOWN, stdin closed); an idle host is shut down this way. */
    public void shutdown() {
        dead = true;
        process.shutdown();
    }

    private void send(Message m) {
        if (!dead) {
            process.send(m);
        }
    }

    private static long epochNanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    // ---------------------------------------------------------------- host threads to the engine thread

    /** Runs on the host's reader, watchdog and stderr threads: decodes nothing, posts everything. */
    private final class Relay implements HostListener {
        @Override
        public void onMessage(HostProcess host, Message m) {
            if (m.type() == MessageType.HEARTBEAT) {
                long used = m.integer(Field.HEAP_USED);
                long max = m.integer(Field.HEAP_MAX);
                port.post(() -> sampleHeap(used, max));
                return;
            }
            if (m.type() == MessageType.PONG || m.type() == MessageType.READY) {
                return;
            }
            port.post(() -> dispatch(m));
        }

        @Override
        public void onExit(HostProcess host, HostExit exit) {
            port.post(() -> {
                dead = true;
                Set<UUID> lost = Set.copyOf(instances);
                instances.clear();
                events.hostExited(ChildJvmHost.this, exit, lost);
            });
        }

        @Override
        public void onUnresponsive(HostProcess host, Duration silentFor) {
            port.post(() -> events.hostUnresponsive(ChildJvmHost.this, silentFor));
        }

        @Override
        public void onResponsiveAgain(HostProcess host) {
            port.post(() -> events.hostResponsiveAgain(ChildJvmHost.this));
        }
    }

    /** Engine thread: a heap sample becomes an event when the heap moved by a step since the last one. */
    private void sampleHeap(long used, long max) {
        if (!dead && (lastHeapSample < 0
                || Math.abs(used - lastHeapSample) >= dev.bgsim.engine.event.Events.HostHeapSampled.STEP_BYTES)) {
            lastHeapSample = used;
            events.hostHeapSampled(this, used, max);
        }
    }

    /** Engine thread. One frame to one typed event. */
    private void dispatch(Message m) {
        UUID instance = m.has(Field.INSTANCE_ID) ? UUID.fromString(m.string(Field.INSTANCE_ID)) : null;
        switch (m.type()) {
            case RUN_ENTERED -> events.runEntered(instance);
            case RUN_RETURNED -> {
                if (m.has(Field.HEAP_USED)) {
                    sampleHeap(m.integer(Field.HEAP_USED), m.integer(Field.HEAP_MAX));
                }
                events.runReturned(instance);
            }
            case RUN_THREW -> events.runThrew(instance, m.string(Field.CLASS_NAME), m.string(Field.MESSAGE, null),
                    m.string(Field.STACK));
            case START_FAILED -> events.startFailed(instance, m.string(Field.MESSAGE), m.string(Field.STACK, null));
            case DEFERRAL_TAKEN -> events.deferralTaken(instance, (int) m.integer(Field.DEFERRAL_ID), m.string(Field.STACK));
            case DEFERRAL_COMPLETED -> events.deferralCompleted(instance, (int) m.integer(Field.DEFERRAL_ID), m.bool(Field.AGAIN));
            case PROGRESS -> events.progress(instance, (int) m.integer(Field.PROGRESS));
            case SLEEP -> events.sleepRequested(instance, m.integer(Field.SLEEP_ID), Duration.ofNanos(m.integer(Field.DELAY_NANOS)),
                    m.bool(Field.TRACKED), m.string(Field.THREAD_NAME));
            case TIMER_CREATE -> events.timerCreated(instance, m.integer(Field.TIMER_ID),
                    Duration.ofNanos(m.integer(Field.DELAY_NANOS)), m.bool(Field.PERIODIC));
            case TIMER_CANCEL -> events.timerCancelled(instance, m.integer(Field.TIMER_ID));
            case TIMER_CALLBACK_DONE -> events.timerCallbackDone(instance, m.integer(Field.TIMER_ID));
            case CANCELED_DONE -> events.canceledListenersDone(instance);
            case CANCELED_LISTENERS -> events.canceledListenerCount(instance, (int) m.integer(Field.COUNT));
            case EXITING -> exitingInstance = instance;
            case SETTING_PUT -> events.settingPut(instance, m.string(Field.KEY), m.value(Field.VALUE));
            case SETTING_REMOVE -> events.settingRemoved(instance, m.string(Field.KEY));
            case NOTIFICATION -> events.notification(instance, m.string(Field.NOTIFICATION_KIND), m.string(Field.TITLE, null),
                    m.string(Field.TEXT, null), m.has(Field.LINES) ? m.strings(Field.LINES) : null,
                    m.has(Field.BADGE) ? (int) m.integer(Field.BADGE) : null);
            case OUTPUT -> events.output(instance, m.string(Field.STREAM), m.string(Field.LEVEL, null), m.string(Field.TEXT));
            case OUTPUT_DROPPED -> events.outputDropped(instance, m.integer(Field.DROPPED_BYTES));
            case THREAD_DIED -> events.threadDied(instance, m.string(Field.THREAD_NAME), m.string(Field.CLASS_NAME),
                    m.string(Field.MESSAGE, null), m.string(Field.STACK));
            default -> {
                // Nothing else reaches here.
            }
        }
    }
}
