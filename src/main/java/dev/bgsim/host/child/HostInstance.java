package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.BackgroundTaskCanceledListener;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.LocalSettings;
import dev.bgsim.sdk.Notifications;
import dev.bgsim.sdk.SystemStatus;
import dev.bgsim.sdk.TaskClock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One task instance in this host: the {@link BackgroundTaskInstance} the task sees, over the
 * protocol. Task threads call the SDK methods; the reader thread calls {@link #cancel},
 * {@link #setSuspendedCount} and the clock's wake and fire.
 */
final class HostInstance implements BackgroundTaskInstance {
    private final UUID instanceId;
    private final String id;
    private final HostRegistration registration;
    private final Object triggerDetails;
    private final HostServices services;
    private final HostTaskClock clock;
    private final HostLocalSettings settings;
    private final HostNotifications notifications;
    private final FrameLogger logger;
    private final OutputBudget outputBudget;
    private final List<BackgroundTaskCanceledListener> canceledListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextDeferralId = new AtomicLong(1);
    private volatile ClassLoader codeLoader;
    private volatile int progress;
    private volatile int suspendedCount;

    HostInstance(UUID instanceId, HostRegistration registration, Object triggerDetails, String packageId,
            HostServices services) {
        this.instanceId = instanceId;
        this.id = instanceId.toString();
        this.registration = registration;
        this.triggerDetails = triggerDetails;
        this.services = services;
        this.clock = new HostTaskClock(this, services);
        this.settings = new HostLocalSettings(id, services.settings().of(packageId), services.channel());
        this.notifications = new HostNotifications(id, services.channel());
        this.logger = new FrameLogger(registration.getName(), id, services.channel());
        this.outputBudget = new OutputBudget(services.outputCapBytes());
    }

    /** The instance id as it travels in frames. */
    String id() {
        return id;
    }

    /** First 8 characters of the id, for thread names. */
    String shortId() {
        return id.substring(0, 8);
    }

    OutputBudget outputBudget() {
        return outputBudget;
    }

    /** The package class loader, once the run thread has made it: the context loader of later pieces. */
    void setCodeLoader(ClassLoader loader) {
        codeLoader = loader;
    }

    HostTaskClock clock() {
        return clock;
    }

    /**
     * Starts a host thread working for this instance that runs {@code body}, reports it as
     * THREAD_DIED if it throws, then runs {@code after} (which sends the frame that says the piece
     * is done).
     */
    void startPiece(String threadName, Runnable body, Runnable after) {
        services.pieces().start(threadName, this, codeLoader, new Runnable() {
            @Override
            public void run() {
                try {
                    body.run();
                } catch (Throwable e) {
                    reportThreadDied(Thread.currentThread(), e);
                } finally {
                    after.run();
                }
            }
        });
    }

    /** Sends THREAD_DIED for a thread of this instance that ended with {@code e}. */
    void reportThreadDied(Thread thread, Throwable e) {
        services.channel().send(Message.of(MessageType.THREAD_DIED).with(Field.INSTANCE_ID, id)
                .with(Field.THREAD_NAME, thread.getName()).with(Field.CLASS_NAME, e.getClass().getName())
                .withOptional(Field.MESSAGE, e.getMessage()).with(Field.STACK, StackText.of(e)).build());
    }

    /** Reader thread. Raises every canceled listener once, on a new thread, then sends CANCELED_DONE. */
    void cancel(BackgroundTaskCancellationReason reason) {
        startPiece("bgsim-canceled-" + shortId(), new Runnable() {
            @Override
            public void run() {
                raiseCanceled(reason);
            }
        }, new Runnable() {
            @Override
            public void run() {
                services.channel().send(Message.of(MessageType.CANCELED_DONE).with(Field.INSTANCE_ID, id).build());
            }
        });
    }

    private void raiseCanceled(BackgroundTaskCancellationReason reason) {
        for (BackgroundTaskCanceledListener listener : canceledListeners) {
            try {
                listener.onCanceled(this, reason);
            } catch (RuntimeException e) {
                reportThreadDied(Thread.currentThread(), e);
            }
        }
    }

    /** Reader thread. */
    void setSuspendedCount(int count) {
        suspendedCount = count;
    }

    @Override
    public UUID getInstanceId() {
        return instanceId;
    }

    @Override
    public BackgroundTaskRegistration getTask() {
        return registration;
    }

    @Override
    public Object getTriggerDetails() {
        return triggerDetails;
    }

    @Override
    public int getProgress() {
        return progress;
    }

    @Override
    public void setProgress(int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("progress is a percentage from 0 to 100, got " + value);
        }
        progress = value;
        services.channel().sendFromTask(Message.of(MessageType.PROGRESS).with(Field.INSTANCE_ID, id)
                .with(Field.PROGRESS, value).build());
    }

    @Override
    public int getSuspendedCount() {
        return suspendedCount;
    }

    @Override
    public BackgroundTaskDeferral getDeferral() {
        long deferralId = nextDeferralId.getAndIncrement();
        services.channel().sendFromTask(Message.of(MessageType.DEFERRAL_TAKEN).with(Field.INSTANCE_ID, id)
                .with(Field.DEFERRAL_ID, deferralId).with(Field.STACK, StackText.ofCaller("deferral " + deferralId + " taken"))
                .build());
        return new HostDeferral(id, deferralId, services.channel());
    }

    @Override
    public void addCanceledListener(BackgroundTaskCanceledListener listener) {
        canceledListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeCanceledListener(BackgroundTaskCanceledListener listener) {
        canceledListeners.remove(listener);
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
        return services.status();
    }

    @Override
    public System.Logger getLogger() {
        return logger;
    }
}
