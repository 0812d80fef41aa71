package inprocess;

import dev.bgsim.sdk.BackgroundTask;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The app's in-process registrations: their names, whether they go into the app's task group, and
 * the work each one runs. In-process registrations have no entry point, so the app itself maps
 * each activation to its work, by registration name.
 */
enum InProcessTask {
    /** Cancellation handled well: the handler returns at once; see {@link CooperativeCountdown}. */
    COUNTDOWN_HANDLED_WELL("CountdownHandledWell", false, CooperativeCountdown::new),
    /** The handler still runs when the task is cancelled; see {@link BlockingCountdown}. */
    COUNTDOWN_BLOCKS_HANDLER("CountdownBlocksHandler", false, BlockingCountdown::new),
    /** A grouped registration, run by the group's listener instead of {@code onBackgroundActivated}. */
    GROUPED_REFRESH("GroupedRefresh", true, () -> new CooperativeCountdown(3));

    private final String registrationName;
    private final boolean grouped;
    private final Supplier<BackgroundTask> work;

    InProcessTask(String registrationName, boolean grouped, Supplier<BackgroundTask> work) {
        this.registrationName = registrationName;
        this.grouped = grouped;
        this.work = work;
    }

    String registrationName() {
        return registrationName;
    }

    boolean isGrouped() {
        return grouped;
    }

    /** A new object to run one activation, as the system makes a new task object for each. */
    BackgroundTask newWork() {
        return work.get();
    }

    static Optional<InProcessTask> named(String registrationName) {
        return Arrays.stream(values()).filter(t -> t.registrationName.equals(registrationName)).findFirst();
    }
}
