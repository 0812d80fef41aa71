package dev.bgsim.host.process;

import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.TriggerDetailsCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A host driven by a test the way the engine would drive it: it records every frame, answers
 * TaskClock sleeps and timers at once (time skipping, simulated time advanced by the delay), and
 * offers waits with deadlines. Listener calls arrive on the host's reader thread.
 */
final class DrivenHost implements HostListener, AutoCloseable {
    static final long START_NANOS = 1_767_254_400_000_000_000L; // 2026-01-01T08:00:00Z

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final AtomicLong simNanos = new AtomicLong(START_NANOS);
    private final Object signal = new Object();
    private volatile boolean autoClock = true;
    private volatile HostProcess host;

    void attach(HostProcess process) {
        this.host = process;
    }

    HostProcess host() {
        return host;
    }

    /** Kills the host if it still runs (what the engine does with its hosts when it stops). */
    @Override
    public void close() {
        host.close();
    }

    /** Stops answering sleeps and timers (the test answers them itself). */
    void manualClock() {
        autoClock = false;
    }

    @Override
    public void onMessage(HostProcess h, Message m) {
        messages.add(m);
        if (autoClock && m.type() == MessageType.SLEEP) {
            long now = simNanos.addAndGet(Math.min(m.integer(Field.DELAY_NANOS), Long.MAX_VALUE / 4));
            h.send(Message.of(MessageType.WAKE).with(Field.INSTANCE_ID, m.string(Field.INSTANCE_ID))
                    .with(Field.SLEEP_ID, m.integer(Field.SLEEP_ID)).with(Field.SIM_NANOS, now).build());
        }
        if (autoClock && m.type() == MessageType.TIMER_CREATE && !m.bool(Field.PERIODIC)) {
            long now = simNanos.addAndGet(m.integer(Field.DELAY_NANOS));
            h.send(Message.of(MessageType.TIMER_FIRE).with(Field.INSTANCE_ID, m.string(Field.INSTANCE_ID))
                    .with(Field.TIMER_ID, m.integer(Field.TIMER_ID)).with(Field.SIM_NANOS, now).build());
        }
        wake();
    }

    @Override
    public void onExit(HostProcess h, HostExit exit) {
        notes.add("exit");
        wake();
    }

    @Override
    public void onUnresponsive(HostProcess h, Duration silentFor) {
        notes.add("unresponsive");
        wake();
    }

    @Override
    public void onResponsiveAgain(HostProcess h) {
        notes.add("responsive");
        wake();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Starts an instance of {@code entryPoint} from {@code jar}; returns its id. */
    String start(Path jar, String entryPoint) {
        return start(jar, entryPoint, "test-package");
    }

    String start(Path jar, String entryPoint, String packageId) {
        String id = UUID.randomUUID().toString();
        host.send(startMessage(id, jar, entryPoint, packageId, Map.of()));
        return id;
    }

    Message startMessage(String id, Path jar, String entryPoint, String packageId, Map<String, Object> settings) {
        return Message.of(MessageType.START_INSTANCE).with(Field.INSTANCE_ID, id)
                .with(Field.TASK_ID, UUID.randomUUID().toString()).with(Field.TASK_NAME, entryPoint)
                .with(Field.PACKAGE_ID, packageId).with(Field.ENTRY_POINT, entryPoint)
                .with(Field.CODE_JARS, List.of(jar.toString())).with(Field.DETAILS_KIND, TriggerDetailsCodec.NONE)
                .with(Field.SETTINGS, settings).with(Field.STATUS, DeviceStatusSnapshot.desktopDefaults().toWire())
                .with(Field.SIM_NANOS, simNanos.get()).with(Field.RATE, 0.0).build();
    }

    /** The first recorded message of {@code type} for {@code instanceId} that matches, waiting up to {@code timeout}. */
    Message await(MessageType type, String instanceId, Duration timeout) {
        return await(m -> m.type() == type && (instanceId == null || instanceId.equals(m.string(Field.INSTANCE_ID, null))),
                type + " for " + instanceId, timeout);
    }

    Message await(Predicate<Message> wanted, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (true) {
                for (Message m : messages) {
                    if (wanted.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " within " + timeout + "; got " + summary());
                }
                try {
                    signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until a listener note ("exit", "unresponsive", "responsive") was recorded. */
    void awaitNote(String note, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!notes.contains(note)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + note + " within " + timeout + "; notes " + notes);
                }
                try {
                    signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    HostExit awaitExit(Duration timeout) throws Exception {
        return host.exited().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Message> messages() {
        return messages;
    }

    List<Message> messages(MessageType type) {
        return messages.stream().filter(m -> m.type() == type).toList();
    }

    /** All OUTPUT text of one stream, in order. */
    String output(String stream) {
        StringBuilder b = new StringBuilder();
        for (Message m : messages(MessageType.OUTPUT)) {
            if (stream.equals(m.string(Field.STREAM))) {
                b.append(m.string(Field.TEXT));
            }
        }
        return b.toString();
    }

    private String summary() {
        StringBuilder b = new StringBuilder();
        for (Message m : messages) {
            if (m.type() != MessageType.HEARTBEAT) {
                String s = m.toString();
                b.append("\n  ").append(s.length() > 300 ? s.substring(0, 300) + "..." : s);
            }
        }
        return b + "\n  notes " + notes;
    }
}
