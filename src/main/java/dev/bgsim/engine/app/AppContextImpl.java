package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.sdkimpl.LocalSettingsImpl;
import dev.bgsim.engine.sdkimpl.NotificationsImpl;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.sdkimpl.SystemStatusImpl;
import dev.bgsim.engine.sdkimpl.TaskClockImpl;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundExecutionManager;
import dev.bgsim.sdk.BackgroundTaskBuilder;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.Notifications;
import dev.bgsim.sdk.SystemStatus;
import dev.bgsim.sdk.TaskClock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The AppContext of one app process. Called on app threads; anything that reads or changes
 * simulated state waits for the engine thread's answer (the app thread waits, never the engine).
 * After the process ended every call throws {@link OwnerTerminatedError}.
 */
final class AppContextImpl implements AppContext {
    private final AppProcess process;
    private final AppRegistrations registrations;
    private final Broker broker;
    private final SdkServices sdk;
    private final LocalSettings settings;
    private final TaskClock clock;
    private final Notifications notifications;
    private final SystemStatus status;
    private final BackgroundExecutionManager access;

    AppContextImpl(AppProcess process, AppRegistrations registrations, Broker broker, SdkServices sdk,
                   SettingsStore store) {
        this.process = process;
        this.registrations = registrations;
        this.broker = broker;
        this.sdk = sdk;
        this.settings = new LocalSettingsImpl(process.packageName(), store, process, sdk);
        this.clock = new TaskClockImpl(process, sdk, process.gate);
        this.notifications = new NotificationsImpl(process, sdk);
        this.status = new SystemStatusImpl(sdk.device(), 0);
        this.access = new Access(process.packageName());
    }

    /** App thread. Runs {@code work} on the engine thread and returns its answer. */
    private <T> T engine(Supplier<T> work) {
        if (!process.isLive()) {
            throw new OwnerTerminatedError(process.label());
        }
        process.gate.await();
        return sdk.port().call(work);
    }

    @Override
    public BackgroundExecutionManager getBackgroundExecutionManager() {
        return access;
    }

    @Override
    public BackgroundTaskBuilder newTaskBuilder() {
        return new TaskBuilderImpl(spec -> {
            AppRegistrations.Answer a = engine(() -> registrations.register(process, spec));
            if (a.refusal() != null) {
                throw a.refusal();
            }
            return a.registration();
        });
    }

    @Override
    public Map<UUID, BackgroundTaskRegistration> getAllTasks() {
        return engine(() -> enumerated("getAllTasks", registrations.allTasks(process)));
    }

    @Override
    public Map<String, BackgroundTaskRegistrationGroup> getAllTaskGroups() {
        return engine(() -> enumerated("getAllTaskGroups", registrations.allGroups(process)));
    }

    @Override
    public BackgroundTaskRegistrationGroup getTaskGroup(String id) {
        Objects.requireNonNull(id, "id");
        return engine(() -> {
            BackgroundTaskRegistrationGroup group = registrations.group(process, id);
            sdk.log().emit(process.subjects(), new Events.RegistrationsEnumerated("getTaskGroup", group == null ? 0 : 1));
            return group;
        });
    }

    /** Engine thread only. Records that app code looked at the registrations (the checker's "checked at launch"). */
    private <K, V> Map<K, V> enumerated(String call, Map<K, V> shown) {
        sdk.log().emit(process.subjects(), new Events.RegistrationsEnumerated(call, shown.size()));
        return shown;
    }

    @Override
    public LocalSettings getLocalSettings() {
        return settings;
    }

    @Override
    public TaskClock getClock() {
        return clock;
    }

    @Override
    public Notifications getNotifications() {
        return notifications;
    }

    @Override
    public SystemStatus getSystemStatus() {
        return status;
    }

    /** BackgroundExecutionManager: the per-package access state in the broker. */
    private final class Access implements BackgroundExecutionManager {
        private final String pkg;

        Access(String pkg) {
            this.pkg = pkg;
        }

        @Override
        public CompletionStage<BackgroundAccessStatus> requestAccessAsync() {
            return CompletableFuture.completedStage(engine(() -> {
                broker.setAccess(pkg, null, true);
                return broker.accessStatus(pkg);
            }));
        }

        @Override
        public BackgroundAccessStatus getAccessStatus() {
            return engine(() -> broker.accessStatus(pkg));
        }

        @Override
        public void removeAccess() {
            engine(() -> {
                broker.setAccess(pkg, null, false);
                return null;
            });
        }
    }
}
