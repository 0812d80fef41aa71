package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.RegistrationFacade;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.FreezeGate;
import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.time.ScheduleEntry;
import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistrationGroup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One app process of a package (in bgsim's JVM): the {@link App} object, its thread group and
 * freeze gate, and its callback queue. App callbacks and listener deliveries run one at a time,
 * in order, each on a fresh app thread under the lockstep baton; in-process activations run on
 * their instance's own thread. Engine thread only, except {@link #isLive()}, {@link #isFrozen()}
 * and {@link #app()}.
 */
public final class AppProcess implements CodeOwner {
    /** Engine-side sink for failures of app code. */
    interface FailureSink {
        void failed(AppProcess process, String callback, Throwable failure, String thread);
    }

    /** Something to run on an app thread ({@code body}) or on the engine thread ({@code engineStep}). */
    private record Callback(String label, CodePieces.ThrowingRunnable body, Runnable engineStep) {
    }

    private final String packageName;
    private final int generation;
    private final CodePieces pieces;
    private final FailureSink failureSink;
    private final ThreadGroup group;
    final FreezeGate gate = new FreezeGate();
    private final ArrayDeque<Callback> queue = new ArrayDeque<>();
    private final List<Runnable> deferredWakes = new ArrayList<>();
    private final List<ScheduleEntry> tracked = new ArrayList<>();
    final Map<UUID, RegistrationFacade> facades = new LinkedHashMap<>();
    final Map<String, List<BackgroundTaskRegistrationGroup>> groups = new LinkedHashMap<>();
    final List<Runnable> queuedWhileSuspended = new ArrayList<>();
    final Set<Instance> inProcess = new LinkedHashSet<>();
    private volatile boolean live = true;
    private volatile App app;
    private boolean busy;
    private String current;
    AppContext context;
    SuspendingOperationImpl suspending;
    boolean terminateAfterSuspend;

    AppProcess(String packageName, int generation, CodePieces pieces, FailureSink failureSink) {
        this.packageName = packageName;
        this.generation = generation;
        this.pieces = pieces;
        this.failureSink = failureSink;
        this.group = new AppThreadGroup(this);
    }

    public String packageName() {
        return packageName;
    }

    /** The App object, once onCreated's thread created it (null before, or when creation failed). */
    public App app() {
        return app;
    }

    void setApp(App a) {
        app = a;
    }

    /** Engine thread only. Queues a callback to run on an app thread after those already queued. */
    void enqueue(String label, CodePieces.ThrowingRunnable body) {
        queue.add(new Callback(label, body, null));
        runNext();
    }

    /** Engine thread only. Queues an engine-side step, run in order with the app callbacks. */
    void enqueueStep(String label, Runnable step) {
        queue.add(new Callback(label, null, step));
        runNext();
    }

    /** Engine thread only. Starts the next callback unless one runs, the app is frozen or gone. */
    void runNext() {
        while (!busy && live && !gate.isFrozen() && !queue.isEmpty()) {
            Callback c = queue.poll();
            if (c.engineStep() != null) {
                c.engineStep().run();
                continue;
            }
            busy = true;
            current = c.label();
            pieces.newThread(this, "app " + packageName + " is running " + c.label(),
                    "bgsim-app-" + packageName + "-" + c.label(), c.body(), this::callbackReturned);
        }
    }

    private void callbackReturned() {
        busy = false;
        current = null;
        runNext();
    }

    /** Engine thread only. The process dies (or retires): pieces dropped, threads interrupted. */
    void end() {
        live = false;
        queue.clear();
        queuedWhileSuspended.clear();
        tracked.forEach(ScheduleEntry::cancel);
        gate.thaw();
        group.interrupt();
    }

    @Override
    public String label() {
        return "app " + packageName + (generation > 1 ? " (process " + generation + ")" : "");
    }

    @Override
    public boolean isLive() {
        return live;
    }

    @Override
    public ThreadGroup threadGroup() {
        return group;
    }

    @Override
    public boolean isFrozen() {
        return gate.isFrozen();
    }

    @Override
    public void deferUntilResume(Runnable enqueue) {
        deferredWakes.add(enqueue);
    }

    /** Engine thread only. Thaws and replays the wakes kept while frozen. */
    void thaw() {
        gate.thaw();
        List<Runnable> wakes = new ArrayList<>(deferredWakes);
        deferredWakes.clear();
        wakes.forEach(Runnable::run);
    }

    @Override
    public void codeFailed(Throwable failure, String thread) {
        String cb = current == null ? "a thread the app started" : current;
        busy = false;
        current = null;
        failureSink.failed(this, cb, failure, thread);
    }

    @Override
    public Subjects subjects() {
        return Subjects.ofPackage(packageName).withHost("app:" + packageName);
    }

    @Override
    public void track(ScheduleEntry entry) {
        tracked.removeIf(ScheduleEntry::isCancelled);
        tracked.add(entry);
    }

    /** Uncaught exceptions of threads the app started itself crash the app, as on Windows. */
    private static final class AppThreadGroup extends ThreadGroup {
        private final AppProcess process;

        AppThreadGroup(AppProcess process) {
            super("bgsim-app-" + process.packageName + "-" + process.generation);
            this.process = process;
            setDaemon(false);
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            if (process.live && !(e instanceof OwnerTerminatedError)) {
                process.pieces.port().post(() -> {
                    if (process.live) {
                        process.failureSink.failed(process, "a thread the app started", e, t.getName());
                    }
                });
            }
        }
    }
}
