package dev.bgsim.ui.inspector;

/**
 * An instance's CPU time at its last sample.
 *
 * @param nanos       CPU time used
 * @param hostProcess true: the whole host process's CPU time (a child JVM, shared by its instances,
 *                    start-up included); false: the instance's own threads in bgsim's JVM
 */
public record CpuReading(long nanos, boolean hostProcess) {
    /** As the inspector shows it: "340 ms (its threads)" or "2.41 s (its host process in all...)". */
    String describe() {
        String time = nanos < 1_000_000_000L ? nanos / 1_000_000 + " ms"
                : String.format(java.util.Locale.ROOT, "%.2f s", nanos / 1e9);
        return time + (hostProcess ? " (its host process in all, JVM start-up included)" : " (its threads)");
    }
}
