package dev.bgsim.engine.instance;

import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.sdkimpl.LocalSettingsImpl;
import dev.bgsim.engine.sdkimpl.NotificationsImpl;
import dev.bgsim.engine.sdkimpl.SdkServices;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.engine.sdkimpl.SystemStatusImpl;
import dev.bgsim.engine.sdkimpl.TaskClockImpl;
import dev.bgsim.engine.sdkimpl.TaskLogger;
import dev.bgsim.sdk.BackgroundTaskCanceledListener;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.Notifications;
import dev.bgsim.sdk.SystemStatus;
import dev.bgsim.sdk.TaskClock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The BackgroundTaskInstance a task sees. Called on task threads; everything that changes
 * simulated state is posted to the engine thread in call order. After termination every call
 * throws {@link OwnerTerminatedError} (ending the thread) or is dropped.
 */
public final class TaskInstanceImpl implements BackgroundTaskInstance {
    private final Instance instance;
    private final BackgroundTaskRegistration registration;
    private final SdkServices sdk;
    private final TaskCallbacks callbacks;
    private final TaskClock clock;
    private final LocalSettings settings;
    private final Notifications notifications;
    private final SystemStatus status;
    private final System.Logger logger;
    private final List<BackgroundTaskCanceledListener> canceledListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger deferrals = new AtomicInteger();
    private volatile int progress;
    private volatile int suspendedCount;

    TaskInstanceImpl(Instance instance, BackgroundTaskRegistration registration, SdkServices sdk,
                     TaskCallbacks callbacks, SettingsStore store, long memoryLimit) {
        this.instance = instance;
        this.registration = registration;
        this.sdk = sdk;
        this.callbacks = callbacks;
        this.clock = new TaskClockImpl(instance, sdk, instance.gate);
        this.settings = new LocalSettingsImpl(instance.registration.packageName(), store, instance, sdk);
        this.notifications = new NotificationsImpl(instance, sdk);
        this.status = new SystemStatusImpl(sdk.device(), memoryLimit);
        this.logger = new TaskLogger(instance.registration.name(), instance, sdk);
    }

    private void enter() {
        if (!instance.isLive()) {
            throw new OwnerTerminatedError(instance.label());
        }
        instance.gate.await();
    }

    @Override
    public UUID getInstanceId() {
        return instance.id;
    }

    @Override
    public BackgroundTaskRegistration getTask() {
        return registration;
    }

    @Override
    public Object getTriggerDetails() {
        return instance.triggerDetails;
    }

    @Override
    public int getProgress() {
        return progress;
    }

    @Override
    public void setProgress(int value) {
        enter();
        progress = value;
        sdk.port().post(() -> callbacks.progress(instance, value));
    }

    @Override
    public int getSuspendedCount() {
        return suspendedCount;
    }

    void setSuspendedCount(int n) {
        suspendedCount = n;
    }

    @Override
    public BackgroundTaskDeferral getDeferral() {
        enter();
        int n = deferrals.incrementAndGet();
        String stack = CodePieces.stackTrace(new Throwable("deferral " + n + " taken here"));
        sdk.port().post(() -> callbacks.deferralTaken(instance, n, stack));
        java.util.concurrent.atomic.AtomicBoolean completed = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            // A second complete() is reported even after the first one ended the instance (SPEC 3.6).
            boolean again = !completed.compareAndSet(false, true);
            if (again || instance.isLive()) {
                sdk.port().post(() -> callbacks.deferralCompleted(instance, n));
            }
        };
    }

    @Override
    public void addCanceledListener(BackgroundTaskCanceledListener listener) {
        canceledListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeCanceledListener(BackgroundTaskCanceledListener listener) {
        canceledListeners.remove(listener);
    }

    /** Task thread (a canceled-listener piece). Raises every listener once with the reason. */
    void raiseCanceled(BackgroundTaskCancellationReason reason) {
        for (BackgroundTaskCanceledListener l : canceledListeners) {
            if (!instance.isLive()) {
                return;
            }
            l.onCanceled(this, reason);
        }
    }

    int canceledListenerCount() {
        return canceledListeners.size();
    }

    @Override
    public TaskClock getClock() {
        return clock;
    }

    @Override
    public LocalSettings getLocalSettings() {
        return settings;
    }

    @Override
    public Notifications getNotifications() {
        return notifications;
    }

    @Override
    public SystemStatus getSystemStatus() {
        return status;
    }

    @Override
    public System.Logger getLogger() {
        return logger;
    }
}
