package gallery;

import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import java.util.Arrays;

/**
 * CORRECT TWIN of {@link AllocatesPastQuota}: the same 32 MB, streamed through one buffer.
 *
 * <p>It asks how much memory its process may use ({@code getAppMemoryUsageLimit()}: the profile's
 * quota for a task host, 16 MB on {@code mobile-512mb}) and sizes one buffer well below it, then
 * processes the data a chunk at a time, reusing that buffer. The peak stays a fraction of the
 * quota on every profile, and the instance completes.
 */
public final class StaysWithinQuota implements BackgroundTask {

    private static final int MEGABYTE = 1024 * 1024;
    private static final long TOTAL_BYTES = 32L * MEGABYTE;
    /** Use at most an eighth of the limit for the buffer: the JVM and the task need the rest. */
    private static final int SHARE_OF_LIMIT = 8;

    @Override
    public void run(BackgroundTaskInstance taskInstance) {
        long limit = taskInstance.getSystemStatus().getAppMemoryUsageLimit();
        int chunkSize = (int) Math.max(64 * 1024, Math.min(MEGABYTE, limit / SHARE_OF_LIMIT));
        byte[] buffer = new byte[chunkSize];

        long checksum = 0;
        long chunks = 0;
        for (long done = 0; done < TOTAL_BYTES; done += chunkSize) {
            Arrays.fill(buffer, (byte) chunks);
            checksum += buffer[buffer.length - 1];
            chunks++;
        }
        taskInstance.getLocalSettings().put(taskInstance.getTask().getName(),
                "Indexed " + TOTAL_BYTES / MEGABYTE + " MB in " + chunks + " chunks of " + chunkSize / 1024
                        + " KB, checksum " + checksum);
    }
}
