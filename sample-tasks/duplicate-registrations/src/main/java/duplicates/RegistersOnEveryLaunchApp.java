package duplicates;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.PushNotificationTrigger;

/**
 * PITFALL: registers its task on every launch without checking the existing registrations.
 *
 * <blockquote>Your app should get a list of registered background tasks, register for progress
 * and completion handlers, and handle those events appropriately.</blockquote>
 *
 * <p>Registrations outlive the app process and names are not unique, so every launch adds one more
 * registration named {@value #SYNC}. After three launches a single push notification runs the task
 * three times, and the checker warns about the duplicate names. Everything else here is done
 * right (access requested and checked, a refusal caught), so that this is the only difference.
 *
 * <p>The twin is the cancellation gallery's {@code gallery.ChecksExistingRegistrationsApp}, which
 * looks in {@code getAllTasks()} first and reuses what it finds.
 */
public final class RegistersOnEveryLaunchApp implements App {

    static final String SYNC = "Sync";
    private static final String STATUS_KEY = "Status:" + SYNC;

    @Override
    public void onLaunched(AppContext context) {
        LocalSettings settings = context.getLocalSettings();
        BackgroundAccessStatus access = context.getBackgroundExecutionManager()
                .requestAccessAsync().toCompletableFuture().join();
        if (access.isDenied()) {
            settings.put(STATUS_KEY, "Not registered: background access is " + access.name());
            return;
        }
        try {
            // The bug: no look at context.getAllTasks() before registering.
            context.newTaskBuilder()
                    .setName(SYNC)
                    .setTaskEntryPoint(SyncTask.class.getName())
                    .setTrigger(new PushNotificationTrigger())
                    .register();
            settings.put(STATUS_KEY, "Registered");
        } catch (BackgroundTaskRegistrationException refusal) {
            settings.put(STATUS_KEY, "Not registered: " + refusal.getMessage());
        }
    }
}
