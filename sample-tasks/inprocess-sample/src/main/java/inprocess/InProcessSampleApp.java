package inprocess;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundActivatedEventArgs;
import dev.bgsim.sdk.BackgroundTaskCompletedEventArgs;
import dev.bgsim.sdk.BackgroundTaskFailedException;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.PushNotificationTrigger;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An app whose background tasks run in its own process.
 *
 * <ul>
 *   <li>{@link #onCreated}: attaches the task group's listener. It runs first in every app process,
 *       also when the process starts only because a grouped task must run (a cold start), so the
 *       listener is there before the activation.</li>
 *   <li>{@link #onLaunched}: requests background access and, unless it is denied, registers the
 *       in-process tasks that are not registered yet (no entry point: they run here), and attaches
 *       completed listeners that keep {@code Status:<name>} in LocalSettings current.</li>
 *   <li>{@link #onBackgroundActivated}: the entry point of the ungrouped in-process tasks; it hands
 *       each activation to its work by registration name.</li>
 * </ul>
 *
 * <p>All three registrations use a push notification trigger: fire them by hand in bgsim.
 */
public final class InProcessSampleApp implements App {

    static final String GROUP_ID = "Samples.InProcess.Group";
    static final String GROUP_NAME = "In-process sample group";
    private static final String STATUS_PREFIX = "Status:";

    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();
    /** One group object per app process: the one whose listener runs the grouped tasks. */
    private volatile BackgroundTaskRegistrationGroup group;

    @Override
    public void onCreated(AppContext context) {
        BackgroundTaskRegistrationGroup known = context.getTaskGroup(GROUP_ID);
        group = known != null ? known : new BackgroundTaskRegistrationGroup(GROUP_ID, GROUP_NAME);
        group.addBackgroundActivatedListener((sender, args) -> runActivation(args));
    }

    @Override
    public void onLaunched(AppContext context) {
        LocalSettings settings = context.getLocalSettings();
        BackgroundAccessStatus access = context.getBackgroundExecutionManager()
                .requestAccessAsync().toCompletableFuture().join();
        if (access.isDenied()) {
            for (InProcessTask task : InProcessTask.values()) {
                settings.put(STATUS_PREFIX + task.registrationName(), "Not registered: background access is " + access.name());
            }
            return;
        }
        for (InProcessTask task : InProcessTask.values()) {
            registerOnce(context, task);
        }
    }

    @Override
    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
        runActivation(args);
    }

    private static void runActivation(BackgroundActivatedEventArgs args) {
        BackgroundTaskInstance instance = args.getTaskInstance();
        String name = instance.getTask().getName();
        InProcessTask task = InProcessTask.named(name).orElse(null);
        if (task == null) {
            // Returning completes the instance: nothing to do for a registration this version does not know.
            instance.getLogger().log(System.Logger.Level.WARNING, "no work for in-process registration " + name);
            return;
        }
        try {
            task.newWork().run(instance);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Let the system see the failure: it fails the instance (not the app) and the completed
            // listener's checkResult() reports it.
            throw new IllegalStateException("in-process task " + name + " failed", e);
        }
    }

    private void registerOnce(AppContext context, InProcessTask task) {
        LocalSettings settings = context.getLocalSettings();
        String name = task.registrationName();
        try {
            List<BackgroundTaskRegistration> existing = existing(context, task);
            if (existing.isEmpty()) {
                existing = List.of(register(context, task));
            }
            existing.forEach(registration -> watch(registration, settings));
            settings.put(STATUS_PREFIX + name, "Registered");
        } catch (BackgroundTaskRegistrationException refusal) {
            settings.put(STATUS_PREFIX + name, "Not registered: " + refusal.getMessage());
        }
    }

    private List<BackgroundTaskRegistration> existing(AppContext context, InProcessTask task) {
        Collection<BackgroundTaskRegistration> candidates = task.isGrouped()
                ? group.getAllTasks().values()
                : context.getAllTasks().values();
        return candidates.stream().filter(r -> r.getName().equals(task.registrationName())).toList();
    }

    private BackgroundTaskRegistration register(AppContext context, InProcessTask task)
            throws BackgroundTaskRegistrationException {
        var builder = context.newTaskBuilder()
                .setName(task.registrationName())
                // No entry point: an in-process task, run by this app.
                .setTrigger(new PushNotificationTrigger());
        if (task.isGrouped()) {
            builder.setTaskGroup(group);
        }
        return builder.register();
    }

    private void watch(BackgroundTaskRegistration registration, LocalSettings settings) {
        if (watched.add(registration.getTaskId())) {
            registration.addCompletedListener((sender, args) -> showLastRun(settings, sender, args));
        }
    }

    private static void showLastRun(LocalSettings settings, BackgroundTaskRegistration sender,
                                    BackgroundTaskCompletedEventArgs args) {
        String name = sender.getName();
        try {
            args.checkResult();
            settings.put(STATUS_PREFIX + name, "Registered - " + settings.get(name));
        } catch (BackgroundTaskFailedException failure) {
            settings.put(STATUS_PREFIX + name, "Registered - last run "
                    + (failure.isTerminated() ? "terminated" : "failed: " + failure.getCause()));
        }
    }
}
