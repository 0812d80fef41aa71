package gallery;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskCompletedEventArgs;
import dev.bgsim.sdk.BackgroundTaskFailedException;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.PushNotificationTrigger;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CORRECT TWIN of the {@code duplicate-registrations} sample's app: registers its task on every
 * launch, but only when no registration of that name exists yet.
 *
 * <blockquote>Your app should get a list of registered background tasks, register for progress
 * and completion handlers, and handle those events appropriately.</blockquote>
 *
 * <p>On launch it requests background access and registers nothing while access is denied; it
 * looks for a registration named {@value #SYNC} among the existing ones and reuses it, and
 * registers a new one only when there is none; either way it attaches its completed listener,
 * which listeners do not survive a restart. However often the app is launched, there is one
 * {@value #SYNC} registration, and each push notification runs the task once. A refused
 * registration is reported in {@code Status:Sync} instead of escaping {@code onLaunched}.
 */
public final class ChecksExistingRegistrationsApp implements App {

    static final String SYNC = "Sync";
    private static final String STATUS_KEY = "Status:" + SYNC;

    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();

    @Override
    public void onLaunched(AppContext context) {
        LocalSettings settings = context.getLocalSettings();
        // Waiting is fine here: this is the app's lifecycle thread, not the simulator's.
        BackgroundAccessStatus access = context.getBackgroundExecutionManager()
                .requestAccessAsync().toCompletableFuture().join();
        if (access.isDenied()) {
            settings.put(STATUS_KEY, "Not registered: background access is " + access.name());
            return;
        }
        try {
            Optional<BackgroundTaskRegistration> existing = findSync(context);
            BackgroundTaskRegistration sync = existing.isPresent() ? existing.get() : registerSync(context);
            if (watched.add(sync.getTaskId())) {
                sync.addCompletedListener((sender, args) -> showLastRun(settings, args));
            }
            settings.put(STATUS_KEY, "Registered");
        } catch (BackgroundTaskRegistrationException refusal) {
            settings.put(STATUS_KEY, "Not registered: " + refusal.getMessage());
        }
    }

    private static Optional<BackgroundTaskRegistration> findSync(AppContext context) {
        return context.getAllTasks().values().stream()
                .filter(registration -> registration.getName().equals(SYNC))
                .findFirst();
    }

    private static BackgroundTaskRegistration registerSync(AppContext context) throws BackgroundTaskRegistrationException {
        return context.newTaskBuilder()
                .setName(SYNC)
                .setTaskEntryPoint(DeferralCompleted.class.getName())
                .setTrigger(new PushNotificationTrigger())
                .register();
    }

    private static void showLastRun(LocalSettings settings, BackgroundTaskCompletedEventArgs args) {
        try {
            args.checkResult();
            settings.put(STATUS_KEY, "Registered - " + settings.get(SYNC));
        } catch (BackgroundTaskFailedException failure) {
            settings.put(STATUS_KEY, "Registered - last run "
                    + (failure.isTerminated() ? "terminated" : "failed: " + failure.getCause()));
        }
    }
}
