package dev.bgsim.ui;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.lang.management.ManagementFactory;

/** Real CPU work: spins on its own thread until it used 300 ms of CPU time, then returns. */
public class SpinTask implements BackgroundTask {
    static final long CPU_NANOS = 300_000_000L;

    @Override
    public void run(BackgroundTaskInstance task) {
        var mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        long x = 0;
        while (mx.getCurrentThreadCpuTime() - start < CPU_NANOS) {
            for (int i = 0; i < 100_000; i++) {
                x += i * 31L ^ x;
            }
        }
        task.getLocalSettings().put("spun", x);
    }
}
