package dev.bgsim.ui.inspector;

import dev.bgsim.engine.InstanceCpuSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The CPU time of instances for the inspector, sampled off the FX thread: {@link #sample()} runs
 * on a background timer, asks the engine where each live instance's time is, reads it there, and
 * tells the FX thread only that something changed. An instance keeps its last reading once it
 * ended (up to {@link #KEPT} instances).
 */
public final class CpuTimes {
    /** Ended instances whose last reading is kept, so a finished instance still shows its CPU time. */
    static final int KEPT = 10_000;

    private final Supplier<CompletableFuture<List<InstanceCpuSource>>> sources;
    private final Executor fxThread;
    private final CpuMeter meter = new CpuMeter();
    private final Map<UUID, CpuReading> readings = new ConcurrentHashMap<>();
    private final java.util.Deque<UUID> order = new java.util.ArrayDeque<>();
    private final AtomicBoolean asking = new AtomicBoolean();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /**
     * @param sources  where live instances' CPU time is (the engine's answer; empty without an engine)
     * @param fxThread runs the change notice on the FX thread
     */
    public CpuTimes(Supplier<CompletableFuture<List<InstanceCpuSource>>> sources, Executor fxThread) {
        this.sources = sources;
        this.fxThread = fxThread;
    }

    /** Timer thread. One sample; skipped while the last question to the engine is unanswered. */
    public void sample() {
        if (!asking.compareAndSet(false, true)) {
            return;
        }
        sources.get().whenComplete((list, failure) -> {
            try {
                if (list != null) {
                    record(meter.sample(list));
                }
            } finally {
                asking.set(false);
            }
        });
    }

    private synchronized void record(Map<UUID, CpuReading> sampled) {
        boolean changed = false;
        for (Map.Entry<UUID, CpuReading> e : sampled.entrySet()) {
            CpuReading before = readings.put(e.getKey(), e.getValue());
            if (before == null) {
                order.addLast(e.getKey());
                if (order.size() > KEPT) {
                    readings.remove(order.removeFirst());
                }
            }
            changed |= !e.getValue().equals(before);
        }
        if (changed) {
            fxThread.execute(() -> revision.set(revision.get() + 1));
        }
    }

    /** Any thread. The instance's last reading, or null when none was taken. */
    public CpuReading of(UUID instance) {
        return readings.get(instance);
    }

    /** False when this JVM cannot measure thread CPU time. */
    public boolean threadsMeasured() {
        return meter.threadsMeasured();
    }

    /** FX thread. Goes up when a reading changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
