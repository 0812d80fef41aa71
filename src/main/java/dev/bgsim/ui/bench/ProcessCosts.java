package dev.bgsim.ui.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What else the process did while a GUI benchmark measured pulse gaps: the CPU time of the
 * threads that compete with the FX thread for the cores (the renderer, the engine), the time the
 * JIT compilers spent, and the collector's pauses, which stop the FX thread outright. A long gap
 * with little FX work in it is explained by these, and they differ a lot from run to run on a
 * shared 2-core machine, so the benchmark prints them beside its result.
 */
final class ProcessCosts implements AutoCloseable {
    private static final List<String> WATCHED = List.of("QuantumRenderer", "bgsim-engine", "JavaFX Application Thread");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final Map<String, Long> cpuAtStart;
    private final long jitAtStart;
    private final long startNanos = System.nanoTime();
    private final NotificationListener onGc = this::collected;
    private int pauses;
    private long pausedMillis;
    private long longestPauseMillis;

    /** Starts counting now. */
    ProcessCosts() {
        cpuAtStart = cpuByThread();
        jitAtStart = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
            }
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (info.getGcName().contains("Concurrent")) {
            return;   // runs beside the application; only pauses stop the FX thread
        }
        long millis = info.getGcInfo().getDuration();
        synchronized (this) {
            pauses++;
            pausedMillis += millis;
            longestPauseMillis = Math.max(longestPauseMillis, millis);
        }
    }

    private Map<String, Long> cpuByThread() {
        Map<String, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            for (String name : WATCHED) {
                if (info.getThreadName().startsWith(name)) {
                    long t = threads.getThreadCpuTime(info.getThreadId());
                    if (t > 0) {
                        cpu.merge(name, t, Long::sum);
                    }
                }
            }
        }
        return cpu;
    }

    /** What was spent since this was made, in words. */
    synchronized String describe() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> now = cpuByThread();
        StringBuilder s = new StringBuilder();
        for (String name : WATCHED) {
            long used = now.getOrDefault(name, 0L) - cpuAtStart.getOrDefault(name, 0L);
            s.append(String.format(Locale.ROOT, "%s %.0f%%, ", name.toLowerCase(Locale.ROOT), 100 * used / 1e9 / seconds));
        }
        s.setLength(s.length() - 2);
        s.append(" of a core");
        if (jitAtStart >= 0) {
            s.append(String.format(Locale.ROOT, "; JIT compiling %.1f s", (jit.getTotalCompilationTime() - jitAtStart) / 1e3));
        }
        s.append(String.format(Locale.ROOT, "; %d collector pauses, %d ms in all, the longest %d ms",
                pauses, pausedMillis, longestPauseMillis));
        return s.toString();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(onGc);
                } catch (ListenerNotFoundException notAdded) {
                    // nothing to remove
                }
            }
        }
    }
}
