package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PITFALL: loads 32 MB into memory at once, twice what a 512 MB phone gives a background task.
 *
 * <blockquote>For all device families except desktop, if the device becomes low on memory,
 * background tasks may be terminated. If an out of memory exception is not surfaced, or the app
 * does not handle it, then the background task will be terminated without warning and without
 * raising the OnCanceled event.</blockquote>
 *
 * <p>On the {@code desktop} profile it completes (the checker notes what a phone would have done).
 * On {@code mobile-512mb} the task host's heap is capped at the 16 MB quota: the allocation throws
 * {@code OutOfMemoryError}, nothing catches it, and the instance is TERMINATED without its
 * canceled listener ever running. Needs bgsim's child-JVM hosts, where the quota is the heap cap.
 *
 * <p>The twin, {@link StaysWithinQuota}, processes the same 32 MB in chunks sized from
 * {@code getAppMemoryUsageLimit()}, through one reused buffer.
 */
public final class AllocatesPastQuota implements BackgroundTask {

    private static final int MEGABYTE = 1024 * 1024;
    private static final int TOTAL_MEGABYTES = 32;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        List<byte[]> wholeLibrary = new ArrayList<>();
        for (int i = 0; i < TOTAL_MEGABYTES; i++) {
            byte[] photo = new byte[MEGABYTE];
            Arrays.fill(photo, (byte) i);
            wholeLibrary.add(photo);
        }
        long checksum = 0;
        for (byte[] photo : wholeLibrary) {
            checksum += photo[photo.length - 1];
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(),
                "Indexed " + wholeLibrary.size() + " MB, checksum " + checksum);
    }
}
