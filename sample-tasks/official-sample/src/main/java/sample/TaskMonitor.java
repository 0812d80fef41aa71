package sample;

import dev.bgsim.sdk.BackgroundTaskCompletedEventArgs;
import dev.bgsim.sdk.BackgroundTaskFailedException;
import dev.bgsim.sdk.BackgroundTaskProgressEventArgs;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attaches the progress and completed listeners that keep the status lines current. Listeners
 * belong to the registration objects of one app process, so the app attaches them again on every
 * launch; this class attaches each registration once per process.
 */
final class TaskMonitor {

    private final StatusBoard board;
    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();

    TaskMonitor(StatusBoard board) {
        this.board = board;
    }

    void watch(BackgroundTaskRegistration registration) {
        if (watched.add(registration.getTaskId())) {
            registration.addProgressListener(this::onProgress);
            registration.addCompletedListener(this::onCompleted);
        }
    }

    private void onProgress(BackgroundTaskRegistration sender, BackgroundTaskProgressEventArgs args) {
        board.showProgress(sender.getName(), args.getProgress());
    }

    private void onCompleted(BackgroundTaskRegistration sender, BackgroundTaskCompletedEventArgs args) {
        try {
            args.checkResult();
            board.refresh(sender.getName());
        } catch (BackgroundTaskFailedException failure) {
            // A failed or terminated run left no result of its own: show what happened instead.
            board.showFailedRun(sender.getName(), failure);
        }
    }
}
